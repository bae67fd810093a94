package io.canonym.mention;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.canonym.mention.detect.KnownNames;
import io.canonym.name.Decision;
import io.canonym.name.Resolution;
import io.canonym.name.Spellings;
import io.canonym.resolution.NameIndexHolder;

/**
 * The detector's gazetteer for one article, answered from the name index: a window of words is a known name when
 * the resolver finds it plausible for someone. Remembers every answer, so the linker reuses the resolutions the
 * detector caused, and a name repeated in the article is resolved once. One per article; not thread-safe.
 */
final class IndexGazetteer implements KnownNames {

    static final int CANDIDATES = 5;
    /** A score this high means the resolver met a stored spelling all but letter for letter. */
    static final double VERBATIM = 0.95;

    private final NameIndexHolder index;
    private final Map<String, Boolean> knownWords = new HashMap<>();
    private final Map<String, Resolution> resolutions = new HashMap<>();

    IndexGazetteer(NameIndexHolder index) {
        this.index = index;
    }

    /**
     * A capitalised word may begin a known name if a stored word equals it or sounds like it; a lower-case word only if
     * a stored word equals it, since most lower-case words are not names and the sound-alike test is coarse. A word of a
     * spaced script without capitals (Arabic, Persian, Hebrew) is treated like a capitalised one: nothing else marks a
     * name there, and a person stored in Latin letters only ("Donald Trump") must be found as "דונלד טראמפ" too.
     */
    @Override
    public boolean mayBeginName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return knowsWord(word, lower, !word.equals(lower) || KnownNames.inSpacedCaselessScript(word.codePointAt(0)));
    }

    /** {@link NameIndexHolder#knowsWord}, remembered for the article (a word is asked about once however often it stands). */
    private boolean knowsWord(String word, String lower, boolean soundsLikeToo) {
        return knownWords.computeIfAbsent((soundsLikeToo ? "C" : "l") + lower, key -> index.knowsWord(word, soundsLikeToo));
    }

    /**
     * Known when the resolver finds the window plausible for someone and every word of it counts: a window that
     * names someone no better than the same window without its first or last word ("Kim Jong-un arrived", "Совбеза
     * Сергей Шойгу") has taken in a word that is not part of the name.
     */
    @Override
    public boolean isKnownName(String candidate) {
        Resolution whole = resolve(candidate);
        if (whole.decision() == Decision.NO_MATCH) {
            return false;
        }
        int firstSpace = candidate.indexOf(' ');
        if (firstSpace < 0) {
            // One word: only a confident answer. In an unspaced script a run of characters may carry more than the
            // name ("习近平表示", Xi Jinping said), so there it must be a stored spelling exactly.
            // A lone word without capitals found only by its sound is too weak ("השישי", the sixth, sounds like Sisi):
            // it must be a stored word.
            return whole.decision() == Decision.MATCH && (!unspaced(candidate) || isStoredSpelling(candidate, whole))
                    && (!KnownNames.inSpacedCaselessScript(candidate.codePointAt(0))
                            || knowsWord(candidate, candidate.toLowerCase(Locale.ROOT), false));
        }
        return beats(whole, resolve(candidate.substring(firstSpace + 1)))
                && beats(whole, resolve(candidate.substring(0, candidate.lastIndexOf(' '))));
    }

    /**
     * The window names someone better than it does without an edge word: a higher score, or a confident answer where
     * the shorter one has none ("sergei Shuigu" is Sergei Shoigu, 0.87; "sergei" alone is no one in particular, though
     * it is some Sergei's given name letter for letter, 0.89).
     */
    private static boolean beats(Resolution whole, Resolution shorter) {
        return whole.topScore() > shorter.topScore()
                || whole.decision() == Decision.MATCH && shorter.decision() != Decision.MATCH;
    }

    /** A confident answer that met a stored spelling almost letter for letter. */
    @Override
    public boolean isKnownSpelling(String candidate) {
        Resolution whole = resolve(candidate);
        return whole.decision() == Decision.MATCH && whole.topScore() >= VERBATIM || isKnownName(candidate);
    }

    private static boolean unspaced(String word) {
        return word.codePoints().anyMatch(c -> switch (Character.UnicodeScript.of(c)) {
            case HAN, HANGUL, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        });
    }

    private static boolean isStoredSpelling(String word, Resolution r) {
        String matched = r.candidates().get(0).matchedVariant();
        return matched != null && Spellings.sameHanName(word, matched.replaceAll("[\\s·・]", ""));
    }


    Resolution resolve(String name) {
        return resolutions.computeIfAbsent(name, n -> index.resolve(n, CANDIDATES));
    }
}

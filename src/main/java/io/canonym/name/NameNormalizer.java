package io.canonym.name;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns any written form of a person's name into one or more Latin readings of lower-case ASCII
 * tokens, with titles and particles removed and the family name marked.
 *
 * <p>It never rejects input (validation belongs to the service): garbage simply yields no readings.
 * Thread-safe; ICU transliterators are kept per thread because ICU does not promise they are.
 */
public final class NameNormalizer {
    private static final int MAX_READINGS = 3;
    /** Particles of an Arabic nasab ("son/daughter of"). */
    private static final Set<String> NASAB = Set.of("bin", "ibn", "ben", "bint", "bn", "binti", "bte");
    /** The same in Arabic script. */
    private static final Set<String> ARABIC_NASAB = Set.of("بن", "ابن", "بنت");
    private static final Set<String> CHINESE_COMPOUND_SURNAMES = Set.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛",
            "上官", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "长孙", "長孫", "司徒", "夏侯", "令狐");
    private static final Set<String> KOREAN_COMPOUND_SURNAMES = Set.of("남궁", "제갈", "선우", "황보", "독고", "사공");

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,.;:/()\\[\\]\"]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HYPHENS = Pattern.compile("-+");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\|");
    private static final Pattern DEVANAGARI_FINAL_SCHWA = Pattern.compile("(?<=[aeiou][^aeiou\\s])a\\b");
    private static final Pattern PATRONYMIC = Pattern.compile(
            ".*(ovich|evich|ievich|yevich|ovych|ovitch|ovna|evna|ievna|ivna|ovic|evic|ogly|oglu|kyzy|qizi|ovitsch|ewitsch|owitsch)");
    /** Cached transliterations per written word: names share words massively, and ICU is the costly part. */
    private static final int WORD_CACHE_LIMIT = 500_000;

    private final NameLexicon lexicon = NameLexicon.get();
    private final Map<String, Word> wordCache = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, Transliterator>> transliterators = ThreadLocal.withInitial(HashMap::new);

    /** A written word of the input with the Latin spellings proposed for it. */
    private record Word(List<String> latin, boolean familyNameFirst, boolean afterComma, boolean beforeComma, String how) {
    }

    public NormalizedName normalize(String raw) {
        List<String> notes = new ArrayList<>();
        String input = raw == null ? "" : raw;
        String cleaned = clean(isAscii(input) ? input : Normalizer.normalize(input, Normalizer.Form.NFKC));
        int comma = cleaned.indexOf(',');
        List<Word> words = new ArrayList<>();
        String cyrillicLanguage = cyrillicLanguage(cleaned);
        // Words are separated by space and punctuation except hyphens and apostrophes, which live inside names.
        String[] segments = comma >= 0
                ? new String[] {cleaned.substring(0, comma), cleaned.substring(comma + 1)}
                : new String[] {cleaned};
        for (int s = 0; s < segments.length; s++) {
            for (String part : WORD_SEPARATORS.split(segments[s])) {
                if (part.isBlank() || part.chars().noneMatch(Character::isLetter)) {
                    continue;
                }
                words.add(cachedTransliteration(part, comma >= 0 && s == 0, comma >= 0 && s == 1, cyrillicLanguage));
            }
        }
        List<NameReading> readings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int alternatives = words.stream().mapToInt(w -> w.latin().size()).max().orElse(0);
        for (int r = 0; r < Math.min(MAX_READINGS, alternatives); r++) {
            NameReading reading = tokenize(words, r, comma >= 0, r == 0 ? notes : new ArrayList<>());
            if (!reading.tokens().isEmpty() && seen.add(reading.text())) {
                readings.add(reading);
            }
        }
        return new NormalizedName(input, List.copyOf(readings), List.copyOf(new LinkedHashSet<>(notes)));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Drops control characters, emoji and other symbols; keeps letters, marks, digits, spaces and punctuation. */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean keep = Character.isLetter(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || cp == '-' || cp == '\'' || cp == '`' || cp == '’' || cp == 'ʼ' || cp == 'ʻ' || cp == '‘'
                    || cp == ',' || cp == '.' || cp == ';' || cp == ':' || cp == '/' || cp == '(' || cp == ')'
                    || cp == '"' || cp == '‐' || cp == '‑' || cp == '–';
            if (keep) {
                out.appendCodePoint(cp == '‐' || cp == '‑' || cp == '–' ? '-' : cp);
            } else {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    private static String cyrillicLanguage(String s) {
        boolean cyrillic = false;
        for (int i = 0; i < s.length() && !cyrillic; i++) {
            char c = s.charAt(i);
            cyrillic = c >= 0x400 && c <= 0x52F;
        }
        if (!cyrillic) {
            return "Russian";
        }
        if (s.chars().anyMatch(c -> "ђјљњћџ".indexOf(c) >= 0)) {
            return "Serbian";
        }
        if (s.chars().anyMatch(c -> "ўЎ".indexOf(c) >= 0)
                || (s.chars().anyMatch(c -> "іІ".indexOf(c) >= 0) && s.chars().anyMatch(c -> "ыЫэЭ".indexOf(c) >= 0))) {
            return "Belarusian";
        }
        if (s.chars().anyMatch(c -> "іїєґІЇЄҐ".indexOf(c) >= 0)) {
            return "Ukrainian";
        }
        return "Russian";
    }

    private Word cachedTransliteration(String word, boolean beforeComma, boolean afterComma, String cyrillicLanguage) {
        if (isPlainLatin(word)) {
            return new Word(List.of(word), false, afterComma, beforeComma, "as written");
        }
        String key = (beforeComma ? '1' : '0') + (afterComma ? "1" : "0") + cyrillicLanguage.charAt(0) + word;
        Word w = wordCache.get(key);
        if (w == null) {
            w = transliterate(word, beforeComma, afterComma, cyrillicLanguage);
            if (wordCache.size() >= WORD_CACHE_LIMIT) {
                wordCache.clear(); // a cache, not state: dropping it only costs recomputation
            }
            wordCache.put(key, w);
        }
        return w;
    }

    private static boolean isPlainLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x250) { // beyond Latin Extended-B (IPA, Greek, Cyrillic, CJK...)
                return false;
            }
        }
        return true;
    }

    private Word transliterate(String word, boolean beforeComma, boolean afterComma, String cyrillicLanguage) {
        int script = dominantScript(word);
        switch (script) {
            case UScript.LATIN:
            case UScript.COMMON:
            case UScript.INHERITED:
                return new Word(List.of(word), false, afterComma, beforeComma, "as written");
            case UScript.CYRILLIC:
                String bgn = cyrillicLanguage + "-Latin/BGN";
                return new Word(List.of(apply(bgn, word), apply("Any-Latin", word)), false, afterComma, beforeComma,
                        "Cyrillic via " + bgn + "|Cyrillic via Any-Latin");
            case UScript.ARABIC:
                return new Word(List.of(ArabicRomanizer.romanize(word)), false, afterComma, beforeComma,
                        "Arabic script romanised");
            case UScript.HANGUL:
                String hangul = word.replace("-", "");
                return new Word(koreanReadings(hangul, afterComma), !afterComma && hangul.length() >= 2, afterComma,
                        beforeComma, "Hangul via Revised Romanization");
            case UScript.HAN:
                List<String> han = hanReadings(word, afterComma);
                return new Word(han, !afterComma && word.length() >= 2, afterComma, beforeComma, han.size() == 1
                        ? "Chinese characters via Han-Latin (pinyin)"
                        : "Chinese characters via Han-Latin (pinyin)|Chinese characters read as Korean Hanja");
            case UScript.GREEK:
                return new Word(List.of(apply("Greek-Latin/BGN", word), apply("Greek-Latin/UNGEGN", word)), false,
                        afterComma, beforeComma, "Greek via Greek-Latin/BGN|Greek via Greek-Latin/UNGEGN");
            case UScript.HEBREW:
                return new Word(List.of(apply("Hebrew-Latin/BGN", word), apply("Hebrew-Latin", word)), false,
                        afterComma, beforeComma, "Hebrew via Hebrew-Latin/BGN|Hebrew via Hebrew-Latin");
            case UScript.DEVANAGARI:
                // Devanagari-Latin keeps the inherent vowel that Hindi drops at the end of a word (अमित is Amit,
                // not Amita); after a consonant cluster it is pronounced (Narendra) and kept.
                String devanagari = DEVANAGARI_FINAL_SCHWA.matcher(LatinFolding.fold(apply("Devanagari-Latin", word)))
                        .replaceAll("");
                return new Word(List.of(devanagari), false, afterComma, beforeComma,
                        "Devanagari via Devanagari-Latin");
            case UScript.GEORGIAN:
                return new Word(List.of(apply("Georgian-Latin/BGN", word)), false, afterComma, beforeComma,
                        "Georgian via Georgian-Latin/BGN");
            case UScript.ARMENIAN:
                return new Word(List.of(apply("Armenian-Latin/BGN", word)), false, afterComma, beforeComma,
                        "Armenian via Armenian-Latin/BGN");
            default:
                return new Word(List.of(apply("Any-Latin", word)), false, afterComma, beforeComma,
                        UScript.getName(script) + " via Any-Latin");
        }
    }

    /** A Korean name in Hangul romanised: the surname (compound ones too) with its customary spellings, then syllables. */
    private static List<String> koreanReadings(String hangul, boolean afterComma) {
        if (hangul.length() >= 3 && KOREAN_COMPOUND_SURNAMES.contains(hangul.substring(0, 2))) {
            String surname = HangulRomanizer.syllable(hangul.charAt(0)) + HangulRomanizer.syllable(hangul.charAt(1));
            return List.of(surname + " " + String.join(" ", HangulRomanizer.romanize(hangul.substring(2), false)));
        }
        return HangulRomanizer.romanize(hangul, !afterComma);
    }

    /**
     * Pinyin first; then, when every character of a 2-4-character word has a Korean reading (Chinese and Japanese
     * papers write Korean names so: 金正恩), the word read as Korean Hanja and romanised as Hangul is.
     */
    private List<String> hanReadings(String word, boolean afterComma) {
        String pinyin = hanReading(word);
        List<String> hangul = HanjaReadings.get().hangul(word);
        if (hangul.isEmpty()) {
            return List.of(pinyin);
        }
        Set<String> readings = new LinkedHashSet<>();
        readings.add(pinyin);
        List<String> main = koreanReadings(hangul.get(0), afterComma);
        readings.add(main.get(0));
        if (hangul.size() > 1) {
            readings.add(koreanReadings(hangul.get(1), afterComma).get(0)); // 李 as 리: "ri"
        }
        if (main.size() > 1) {
            readings.add(main.get(1));
        }
        return List.copyOf(readings).subList(0, Math.min(MAX_READINGS, readings.size()));
    }

    /** Chinese names are family name first; the given name's syllables are written as one word (Xi Jinping). */
    private String hanReading(String word) {
        int surnameLength = word.length() >= 3 && CHINESE_COMPOUND_SURNAMES.contains(word.substring(0, 2)) ? 2 : 1;
        String surname = perCharacter("Han-Latin/Names", word.substring(0, surnameLength));
        String given = perCharacter("Han-Latin", word.substring(surnameLength));
        return given.isEmpty() ? surname : surname + " " + given;
    }

    /**
     * Han-Latin reads each character on its own, so a name's reading is the concatenation of cached
     * per-character readings (Chinese names are written without spaces: every name is a new "word").
     */
    private String perCharacter(String id, String text) {
        StringBuilder out = new StringBuilder(text.length() * 4);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String ch = text.substring(i, next);
            String key = id + '\u0000' + ch;
            Word cached = wordCache.get(key);
            String reading;
            if (cached != null) {
                reading = cached.latin().get(0);
            } else {
                reading = apply(id, ch).replace(" ", "");
                wordCache.put(key, new Word(List.of(reading), false, false, false, id));
            }
            out.append(reading);
            i = next;
        }
        return out.toString();
    }

    private static int dominantScript(String word) {
        Map<Integer, Integer> counts = new HashMap<>();
        word.codePoints().filter(Character::isLetter).forEach(cp -> counts.merge(UScript.getScript(cp), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(UScript.COMMON);
    }

    private String apply(String id, String text) {
        Transliterator t = transliterators.get().computeIfAbsent(id, Transliterator::getInstance);
        return t.transliterate(text);
    }

    private NameReading tokenize(List<Word> words, int alternative, boolean hasComma, List<String> notes) {
        List<String> texts = new ArrayList<>();
        List<Boolean> surnameFlags = new ArrayList<>();
        List<Boolean> hyphenPrefix = new ArrayList<>();
        List<Integer> segment = new ArrayList<>(); // 0 = before comma (family name), 1 = after comma, 2 = no comma
        String how = "as written";
        boolean familyFirstScript = false;
        for (Word w : words) {
            String latin = w.latin().get(Math.min(alternative, w.latin().size() - 1));
            if (!"as written".equals(w.how())) {
                how = alternativeOf(w.how(), alternative);
            }
            familyFirstScript |= w.familyNameFirst();
            String folded = LatinFolding.fold(latin);
            boolean firstOfWord = true;
            for (String spaced : WHITESPACE.split(folded)) {
                String[] parts = spaced.indexOf('-') < 0 ? new String[] {spaced} : HYPHENS.split(spaced);
                for (int p = 0; p < parts.length; p++) {
                    String t = lettersOnly(parts[p]);
                    if (t.isEmpty()) {
                        continue;
                    }
                    List<String> pieces = lexicon.isTitle(t) ? List.of(t) : ArabicCompounds.split(t); // Ayatollah
                    for (int c = 0; c < pieces.size(); c++) {
                        texts.add(pieces.get(c));
                        surnameFlags.add(w.familyNameFirst() && firstOfWord);
                        hyphenPrefix.add(p == 0 && parts.length > 1 && pieces.size() == 1);
                        segment.add(w.beforeComma() ? 0 : w.afterComma() ? 1 : 2);
                    }
                    firstOfWord = false;
                }
            }
        }
        boolean[] drop = new boolean[texts.size()];
        markTitles(texts, segment, drop, notes);
        if (!eastAsianSyllables(texts)) {
            markParticles(texts, hyphenPrefix, drop, notes);
        }
        boolean[] lineage = markLineage(texts, segment, drop, hasComma);
        List<NameToken> tokens = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!drop[i]) {
                kept.add(i);
            }
        }
        boolean anyFlagged = surnameFlags.contains(Boolean.TRUE);
        // East Slavic order "Surname Given Patronymic": a trailing patronymic means the family name comes first.
        boolean patronymicLast = !hasComma && kept.size() >= 3 && isPatronymic(texts.get(kept.get(kept.size() - 1)));
        boolean eastAsianOrder = !hasComma && !anyFlagged && kept.size() >= 2 && lexicon.isEastAsianSurname(texts.get(kept.get(0)))
                && kept.subList(1, kept.size()).stream().allMatch(i -> texts.get(i).length() <= 5);
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            boolean surname;
            if (hasComma) {
                surname = segment.get(i) == 0;
            } else if (anyFlagged || familyFirstScript) {
                surname = surnameFlags.get(i);
            } else if (eastAsianOrder || patronymicLast) {
                surname = k == 0;
            } else {
                surname = k == kept.size() - 1 && kept.size() > 1;
            }
            tokens.add(new NameToken(texts.get(i), surname, lineage[i] && !surname));
        }
        if (hasComma && tokens.stream().noneMatch(NameToken::surname) && !tokens.isEmpty()) {
            tokens.set(0, new NameToken(tokens.get(0).text(), true));
        }
        return new NameReading(List.copyOf(tokens), how);
    }

    private static String alternativeOf(String how, int alternative) {
        String[] hows = ALTERNATIVES.split(how);
        return hows[Math.min(alternative, hows.length - 1)];
    }

    /** {@code s} without anything but a-z; returns {@code s} itself when it has nothing else. */
    private static String lettersOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                StringBuilder sb = new StringBuilder(s.length());
                for (int j = 0; j < s.length(); j++) {
                    char d = s.charAt(j);
                    if (d >= 'a' && d <= 'z') {
                        sb.append(d);
                    }
                }
                return sb.toString();
            }
        }
        return s;
    }

    static boolean isPatronymic(String t) {
        return t.length() > 6 && PATRONYMIC.matcher(t).matches();
    }

    /** Titles count only at the start of the name or of the part after the comma ("MAKENGA, Colonel Sultani"). */
    private void markTitles(List<String> texts, List<Integer> segment, boolean[] drop, List<String> notes) {
        boolean leading = true;
        int currentSegment = -1;
        int remaining = texts.size();
        for (int i = 0; i < texts.size(); i++) {
            if (segment.get(i) != currentSegment) {
                currentSegment = segment.get(i);
                leading = true;
            }
            if (leading && lexicon.isTitle(texts.get(i)) && remaining > 1) {
                drop[i] = true;
                remaining--;
                notes.add("ignored title '" + texts.get(i) + "'");
            } else {
                leading = false;
            }
        }
    }

    /**
     * A name of an East-Asian family name and short syllables ("PAK, Do Chun", "Li Da Wei"): "do", "da", "de" are
     * syllables of its given name there, not the Romance particles they would be in "Maria do Carmo".
     */
    private boolean eastAsianSyllables(List<String> texts) {
        if (texts.size() < 2 || !lexicon.isEastAsianSurname(texts.get(0))) {
            return false;
        }
        for (String t : texts) {
            if (t.length() > 5) {
                return false;
            }
        }
        return true;
    }

    private void markParticles(List<String> texts, List<Boolean> hyphenPrefix, boolean[] drop, List<String> notes) {
        long remaining = 0;
        for (boolean d : drop) {
            remaining += d ? 0 : 1;
        }
        for (int i = 0; i < texts.size() && remaining > 1; i++) {
            if (drop[i]) {
                continue;
            }
            NameLexicon.ParticlePlace place = lexicon.particlePlace(texts.get(i));
            if (place == null) {
                continue;
            }
            boolean isMiddle = i > 0 && i < texts.size() - 1;
            boolean applies = switch (place) {
                case WORD -> true;
                case BOTH -> true;
                case PREFIX -> hyphenPrefix.get(i);
                case MIDDLE -> isMiddle && !hyphenPrefix.get(i);
            };
            if (applies) {
                drop[i] = true;
                remaining--;
                notes.add("ignored particle '" + texts.get(i) + "'");
            }
        }
    }

    /** Whether any word of the spelling is a nasab particle ("bin Salman", "ابن"), in Latin letters or Arabic. */
    static boolean hasNasabParticle(String spelling) {
        for (String word : WHITESPACE.split(spelling.strip())) {
            if (isNasabParticle(word)) {
                return true;
            }
        }
        return false;
    }

    /** "bin", "ibn", "bint", "بن" in any case. */
    static boolean isNasabParticle(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return NASAB.contains(w) || ARABIC_NASAB.contains(w);
    }

    /**
     * Whether the spelling ends in a nasab ("Mohammed bin Salman", "Khalid bin al-Walid", "Khalid bin al Walid"): its
     * last word is then a father's own name, even if the son now goes by it.
     */
    static boolean endsInNasab(String spelling) {
        String[] words = WHITESPACE.split(spelling.strip());
        int particle = words.length - 2;
        if (particle >= 1 && (words[particle].equalsIgnoreCase("al") || words[particle].equals("ال"))) {
            particle--;
        }
        return particle >= 1 && isNasabParticle(words[particle]);
    }

    /**
     * Marks the ancestors' names of an Arabic nasab: a word after "bin", "ibn", "ben" or "bint" names the
     * father, grandfather… When the family name is not set apart by a comma, the last such word is kept as the
     * person's own: "Usama bin Ladin" is a family name by now.
     */
    private static boolean[] markLineage(List<String> texts, List<Integer> segment, boolean[] drop, boolean hasComma) {
        boolean[] lineage = new boolean[texts.size()];
        int lastKept = -1;
        for (int i = texts.size() - 1; i >= 0 && lastKept < 0; i--) {
            lastKept = drop[i] ? -1 : i;
        }
        for (int i = 0; i + 1 < texts.size(); i++) {
            if (!drop[i] || !NASAB.contains(texts.get(i))) {
                continue;
            }
            int next = i + 1;
            while (next < texts.size() && drop[next]) {
                next++; // "bin al-Hasan": past the article
            }
            if (next < texts.size() && segment.get(next).equals(segment.get(i)) && (hasComma || next != lastKept)) {
                lineage[next] = true;
            }
        }
        return lineage;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

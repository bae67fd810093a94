package io.canonym.mention.detect;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An article body read once for all rules: the cleaned copy, its words, what the lists say each word
 * is, which lines are title-cased headlines, and which words the article also writes in lower case.
 */
final class AnalysedText {
    final String body;
    final String cleaned;
    final List<Word> words;
    /** Class of each word, from the longest listed phrase it is part of. */
    final WordClass[] classes;
    /** For a word inside a listed phrase, the index of the phrase's first word; otherwise its own index. */
    final int[] phraseStart;
    /** Words on a Title Cased Headline line, where capitals prove nothing. */
    final boolean[] onHeadlineLine;
    /** Words on a line written in capitals ("KIM JONG-UN MEETS SHOIGU"), where capitals prove nothing either. */
    final boolean[] onShoutedLine;
    /** Folded words the article also writes in lower case: common words, not names. */
    final Set<String> lowerCaseVocabulary = new HashSet<>();
    final DetectLexicon lexicon = DetectLexicon.get();
    /** How the article declines Latin letters: Polish and Czech decline place names too ("Rosji", "Ukrajiny"). */
    private final LatinDeclension declension;

    AnalysedText(String body) {
        this.body = body;
        this.cleaned = BodyCleaner.clean(body);
        this.words = WordSplitter.split(cleaned, writesTurkishLetters(cleaned) ? lexicon.turkishCaseSuffixes() : Set.of());
        this.classes = new WordClass[words.size()];
        this.phraseStart = new int[words.size()];
        this.onHeadlineLine = new boolean[words.size()];
        this.onShoutedLine = new boolean[words.size()];
        for (Word w : words) {
            if (w.casing() == Word.Casing.LOWER) {
                lowerCaseVocabulary.add(w.folded());
            }
        }
        this.declension = LatinDeclension.of(body);
        classify();
        unlistInitials();
        classifyInitialHonorifics();
        findHeadlineLines();
    }

    /** Letters only Turkish and Azerbaijani write among the languages of news the lists cover: "ğ" and dotless "ı". */
    private static boolean writesTurkishLetters(String text) {
        return text.indexOf('ğ') >= 0 || text.indexOf('ı') >= 0 || text.indexOf('Ğ') >= 0;
    }

    /** How the article declines names in Latin letters ({@link LatinDeclension#of}). */
    LatinDeclension declension() {
        return declension;
    }

    Word word(int i) {
        return words.get(i);
    }

    int size() {
        return words.size();
    }

    /**
     * True when word i follows word i-1 with only blanks between, in the same script; or when word i-1 is an
     * abbreviated title with its period ("Gen. Valery Gerasimov", "Mr. Kim").
     */
    boolean joined(int i) {
        if (i <= 0 || i >= words.size() || words.get(i).script() != words.get(i - 1).script()) {
            return false;
        }
        if (words.get(i).joinedToPrevious()) {
            return true;
        }
        Word previous = words.get(i - 1);
        return classes != null && classes[i - 1] == WordClass.TITLE && previous.text().length() <= 4
                && cleaned.substring(previous.end(), words.get(i).start()).matches("\\. {1,2}");
    }

    private void classify() {
        Arrays.fill(classes, WordClass.UNLISTED);
        for (int i = 0; i < words.size(); i++) {
            phraseStart[i] = i;
        }
        int i = 0;
        while (i < words.size()) {
            Word first = words.get(i);
            PhraseMatch match = longestListedPhrase(i, first.folded());
            // "וראש הממשלה", and the prime minister: Hebrew and Arabic join a conjunction to the word after it.
            if (match.length() == 0 && (first.script() == com.ibm.icu.lang.UScript.HEBREW
                    || first.script() == com.ibm.icu.lang.UScript.ARABIC)) {
                for (String rest : lexicon.withoutConjunction(first.folded())) {
                    match = longestListedPhrase(i, rest);
                    if (match.length() != 0) {
                        break;
                    }
                }
            }
            int matched = match.length();
            Set<WordClass> found = match.classes();
            if (matched == 0) {
                Word w = words.get(i);
                Set<WordClass> other = w.casing() == Word.Casing.ALL_CAPS || w.text().length() == 1
                        ? lexicon.acronymClassesOf(w.folded())
                        : w.script() == com.ibm.icu.lang.UScript.CYRILLIC ? lexicon.cyrillicDeclinedClassesOf(w.folded())
                        : declension == LatinDeclension.SLAVIC && w.script() == com.ibm.icu.lang.UScript.LATIN
                        ? lexicon.latinSlavicDeclinedClassesOf(w.folded())
                        : Set.of();
                if (!other.isEmpty()) {
                    classes[i] = other.iterator().next();
                }
                i++;
                continue;
            }
            WordClass cls = found.iterator().next(); // EnumSet order is precedence order
            for (int k = i; k < i + matched; k++) {
                classes[k] = cls;
                phraseStart[k] = i;
            }
            i += matched;
        }
    }

    /**
     * "В. Путин", "I. Ivanova": a capital letter with a period before a capitalised word is an initial, even when a list
     * calls the letter a word (Russian "в", in; English "I"): a preposition or pronoun is never followed by a period.
     */
    private void unlistInitials() {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (classes[i] == WordClass.FUNCTION && initialWithPeriod(i) && words.get(i + 1).casing() == Word.Casing.CAPITALISED) {
                classes[i] = WordClass.UNLISTED;
            }
        }
    }

    /** Word i is a single letter with its period, and the next word follows it in the same phrase ("В. Путин", "M. Guterres"). */
    boolean initialWithPeriod(int i) {
        Word w = words.get(i);
        return w.isInitial() && i + 1 < words.size() && words.get(i + 1).joinedToPrevious() && cleaned.startsWith(". ", w.end());
    }

    /**
     * "M. Guterres a visité": in a French article the letter M with a period is Monsieur, a title, not an initial. The
     * article is in the honorific's language when it writes at least {@link #LANGUAGE_EVIDENCE} different words of that
     * language in lower case.
     */
    private void classifyInitialHonorifics() {
        for (int i = 0; i + 1 < words.size(); i++) {
            Set<String> language = initialWithPeriod(i) ? lexicon.honorificLanguage(words.get(i).text()) : null;
            if (language == null || classes[i] != WordClass.UNLISTED) {
                continue;
            }
            long evidence = language.stream().filter(lowerCaseVocabulary::contains).count();
            if (evidence >= LANGUAGE_EVIDENCE) {
                classes[i] = WordClass.TITLE;
            }
        }
    }

    /** Different words of a language an article must write for an honorific of that language to count as one. */
    static final int LANGUAGE_EVIDENCE = 3;

    private record PhraseMatch(int length, Set<WordClass> classes) {
    }

    /** The longest listed phrase of words from i on, the first word read as {@code firstKey}; length 0 if none. */
    private PhraseMatch longestListedPhrase(int i, String firstKey) {
        int matched = 0;
        Set<WordClass> found = Set.of();
        StringBuilder key = new StringBuilder();
        int max = Math.min(lexicon.longestPhrase(), words.size() - i);
        for (int len = 1; len <= max; len++) {
            if (len > 1 && !joined(i + len - 1)) {
                break;
            }
            if (len > 1) {
                key.append(' ');
            }
            key.append(len == 1 ? firstKey : words.get(i + len - 1).folded());
            String k = key.toString();
            Set<WordClass> c = lexicon.classesOf(k);
            if (!c.isEmpty()) {
                matched = len;
                found = c;
            }
            if (!lexicon.isPhrasePrefix(k)) {
                break;
            }
        }
        return new PhraseMatch(matched, found);
    }

    private boolean opensWithBracket(int firstWordOfLine) {
        if (firstWordOfLine >= words.size()) {
            return false;
        }
        int start = words.get(firstWordOfLine).start();
        int lineStart = cleaned.lastIndexOf('\n', start - 1) + 1;
        String before = cleaned.substring(lineStart, start).strip();
        return before.startsWith("(") || before.startsWith("[");
    }

    /**
     * A line of four or more cased words with no long lower-case word, where some common word is
     * capitalised mid-line ("Kim Vows Support For Russia"), is a headline in Title Case.
     */
    private void findHeadlineLines() {
        int lineStart = 0;
        for (int i = 0; i <= words.size(); i++) {
            boolean newLine = i == words.size() || (i > 0 && cleaned.substring(words.get(i - 1).end(),
                    words.get(i).start()).indexOf('\n') >= 0);
            if (!newLine) {
                continue;
            }
            int cased = 0;
            int allCaps = 0;
            int longLower = 0;
            int capitalisedCommon = 0;
            for (int k = lineStart; k < i; k++) {
                Word w = words.get(k);
                if (w.casing() == Word.Casing.CAPITALISED || w.casing() == Word.Casing.LOWER) {
                    cased++;
                }
                if (w.casing() == Word.Casing.ALL_CAPS) {
                    allCaps++;
                }
                if (w.casing() == Word.Casing.LOWER && w.text().length() >= 4) {
                    longLower++;
                }
                if (k > lineStart && w.casing() == Word.Casing.CAPITALISED
                        && (classes[k] == WordClass.FUNCTION || lowerCaseVocabulary.contains(w.folded()))) {
                    capitalisedCommon++;
                }
            }
            // "(Reporting by Kentaro Sugimoto; Writing by Sarah Whitcombe)": a line in brackets is a note, never a headline.
            boolean headline = cased >= 4 && longLower == 0 && capitalisedCommon >= 1 && !opensWithBracket(lineStart);
            boolean shouted = allCaps >= 3 && allCaps > 4 * cased;
            for (int k = lineStart; k < i; k++) {
                onHeadlineLine[k] = headline;
                onShoutedLine[k] = shouted;
            }
            lineStart = i;
        }
    }
}

package io.canonym.mention.detect;

import com.ibm.icu.lang.UScript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits the cleaned body into {@link Word}s, noting sentence starts and what joins each word to the last. */
final class WordSplitter {
    /** Zero width non-joiner: inside Persian words ("خامنه‌ای", "آیت‌الله"), it keeps two letters from joining. */
    static final char ZWNJ = '\u200C';
    /** Zero width joiner: inside words of Indic and Arabic scripts, it makes letters join. */
    static final char ZWJ = '\u200D';
    private WordSplitter() {
    }

    static List<Word> split(String text) {
        return split(text, Set.of());
    }

    /** Splits, leaving out of each word an apostrophe and a suffix in {@code apostropheSuffixes} ("Putin'e"). */
    static List<Word> split(String text, Set<String> apostropheSuffixes) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int previousEnd = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int script = script(cp);
            int j = i;
            while (j < n) {
                int c = text.codePointAt(j);
                if (isWordChar(c) && sameScript(script, script(c))) {
                    j += Character.charCount(c);
                } else if (isConnector(c) && j + 1 < n && isLetterOrMark(text.codePointAt(j + 1))
                        && sameScript(script, script(text.codePointAt(j + 1)))) {
                    j += Character.charCount(c);
                } else {
                    break;
                }
            }
            int end = j;
            // "Kim's", "Russia’s": the possessive belongs to the sentence, not to the name.
            if (end - start > 2 && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')
                    && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
                end -= 2;
            }
            end = withoutApostropheSuffix(text, start, end, apostropheSuffixes);
            String word = text.substring(start, end);
            String gap = text.substring(previousEnd, start);
            Word previous = words.isEmpty() ? null : words.get(words.size() - 1);
            Word.Casing casing = casing(word);
            // "V. Putin", and initials written together: "S.V. Lavrov".
            boolean joined = previous != null && (gap.isBlank() && gap.indexOf('\n') < 0
                    || previous.isInitial() && (gap.equals(". ") || gap.equals(".") && Word.isInitial(word, casing)));
            boolean sentenceStart = previous == null || startsSentence(gap, previous);
            words.add(new Word(words.size(), start, end, word, fold(word), script, casing,
                    sentenceStart, joined));
            previousEnd = end;
            i = j;
        }
        return words;
    }

    private static int withoutApostropheSuffix(String text, int start, int end, Set<String> suffixes) {
        if (suffixes.isEmpty()) {
            return end;
        }
        int apostrophe = Math.max(text.lastIndexOf('\'', end - 1), text.lastIndexOf('’', end - 1));
        return apostrophe > start + 1 && suffixes.contains(text.substring(apostrophe + 1, end)) ? apostrophe : end;
    }

    static String fold(String word) {
        String folded = word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'').replace('‐', '-').replace('‑', '-');
        // The joiners only shape letters ("خامنه‌ای"): lists match the word with or without them.
        return folded.indexOf(ZWNJ) < 0 && folded.indexOf(ZWJ) < 0 ? folded
                : folded.replace(String.valueOf(ZWNJ), "").replace(String.valueOf(ZWJ), "");
    }

    private static boolean startsSentence(String gap, Word previous) {
        if (gap.indexOf('\n') >= 0) {
            return true;
        }
        String g = gap.strip();
        if (g.isEmpty()) {
            return false;
        }
        char last = g.charAt(g.length() - 1);
        char first = g.charAt(0);
        if (previous.isInitial() && g.equals(".")) {
            return false;
        }
        return ".!?:;".indexOf(first) >= 0 || "\"“”«»„|•—–".indexOf(last) >= 0 || "。！？".indexOf(first) >= 0;
    }

    private static Word.Casing casing(String word) {
        int letters = 0;
        int upper = 0;
        int caseless = 0;
        for (int k = 0; k < word.length(); ) {
            int c = word.codePointAt(k);
            k += Character.charCount(c);
            if (Character.isDigit(c)) {
                return Word.Casing.OTHER;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    upper++;
                } else if (!Character.isLowerCase(c)) {
                    caseless++;
                }
            }
        }
        if (letters == 0) {
            return Word.Casing.OTHER;
        }
        if (caseless == letters) {
            return Word.Casing.CASELESS;
        }
        if (upper == letters && letters >= 2) {
            return Word.Casing.ALL_CAPS;
        }
        // The capital that counts is the first letter, or the first after a name prefix ("al-Assad", "d'Estaing").
        int first = word.codePointAt(0);
        if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
            return Word.Casing.CAPITALISED;
        }
        int hyphen = word.indexOf('-');
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
        int cut = hyphen > 0 && hyphen <= 4 ? hyphen : apostrophe == 1 ? apostrophe : -1;
        if (cut > 0 && cut + 1 < word.length() && Character.isUpperCase(word.codePointAt(cut + 1))) {
            return Word.Casing.CAPITALISED;
        }
        return Word.Casing.LOWER;
    }

    private static boolean isWordChar(int cp) {
        return isLetterOrMark(cp) || Character.isDigit(cp);
    }

    private static boolean isLetterOrMark(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isConnector(int cp) {
        // The middle dots join the parts of a foreign name written in Han or kana ("弗拉基米尔·普京"); the zero width
        // (non-)joiners are inside a word, between two of its letters: "علی خامنه‌ای" is two words, not three.
        return cp == ZWNJ || cp == ZWJ || cp == '-' || cp == '\'' || cp == '’' || cp == 'ʼ' || cp == '‐' || cp == '‑'
                || cp == '·' || cp == '・' || cp == '‧';
    }

    private static int script(int cp) {
        int s = UScript.getScript(cp);
        // Japanese kana and Han stay apart: kana usually bounds a Japanese name written in Han.
        return s == UScript.INHERITED || s == UScript.COMMON ? UScript.COMMON : s;
    }

    private static boolean sameScript(int a, int b) {
        return a == b || a == UScript.COMMON || b == UScript.COMMON;
    }
}

package io.canonym.name;

import java.util.HashMap;
import java.util.Map;

/**
 * Romanises Arabic-script (Arabic, Persian, Urdu letters) names.
 *
 * <p>ICU's Arabic-Latin leaves long vowels as Arabic letters or as "ạ"; for matching we need plain
 * consonants plus a vowel where the script writes one, so "صدام حسين" reads "sadam husin" and its
 * consonant skeleton equals that of "Saddam Hussein". The definite article is split off as "al".
 */
final class ArabicRomanizer {
    private static final Map<Character, String> LETTERS = new HashMap<>();

    static {
        String[][] table = {
                {"ا", "a"}, {"أ", "a"}, {"إ", "i"}, {"آ", "a"}, {"ٱ", "a"}, {"ب", "b"}, {"ت", "t"}, {"ث", "th"},
                {"ج", "j"}, {"ح", "h"}, {"خ", "kh"}, {"د", "d"}, {"ذ", "dh"}, {"ر", "r"}, {"ز", "z"},
                {"س", "s"}, {"ش", "sh"}, {"ص", "s"}, {"ض", "d"}, {"ط", "t"}, {"ظ", "z"}, {"ع", ""},
                {"غ", "gh"}, {"ف", "f"}, {"ق", "q"}, {"ك", "k"}, {"ل", "l"}, {"م", "m"}, {"ن", "n"},
                {"ه", "h"}, {"ة", "a"}, {"ى", "a"}, {"ء", ""}, {"ئ", ""}, {"ؤ", "u"},
                {"پ", "p"}, {"چ", "ch"}, {"ژ", "zh"}, {"گ", "g"}, {"ک", "k"}, {"ی", "y"}, {"ي", "y"},
                {"و", "w"}, {"ے", "e"}, {"ٹ", "t"}, {"ڈ", "d"}, {"ڑ", "r"}, {"ں", "n"}, {"ھ", "h"}, {"ۃ", "a"},
                {"َ", "a"}, {"ُ", "u"}, {"ِ", "i"}, {"ً", ""}, {"ٌ", ""}, {"ٍ", ""}, {"ْ", ""}, {"ـ", ""},
                {"ٰ", "a"}};
        for (String[] row : table) {
            LETTERS.put(row[0].charAt(0), row[1]);
        }
    }

    private ArabicRomanizer() {
    }

    /** Romanises one Arabic-script word; the result may contain a space after a split-off article. */
    static String romanize(String word) {
        String body = word;
        String article = "";
        if (body.length() > 3 && (body.startsWith("ال") || body.startsWith("أل"))) {
            article = "al ";
            body = body.substring(2);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean first = out.length() == 0;
            if (c == 'ّ') { // shadda doubles the previous consonant
                if (out.length() > 0) {
                    out.append(out.charAt(out.length() - 1));
                }
                continue;
            }
            if (c == 'ع') {
                out.append(first ? "a" : ""); // word-initial ain is written as a vowel in Latin (Abd, Ali, Omar)
                continue;
            }
            if (c == 'و' || c == 'ي' || c == 'ی') {
                // Semivowels: consonant at the start of a word (Walid, Yusuf), long vowel elsewhere (Husayn/Hussein).
                boolean y = c != 'و';
                out.append(first ? (y ? "y" : "w") : (y ? "i" : "u"));
                continue;
            }
            String latin = LETTERS.get(c);
            if (latin != null) {
                out.append(latin);
            } else if (Character.isLetter(c)) {
                out.append(c);
            }
        }
        return article + out;
    }
}

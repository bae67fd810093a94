package io.canonym.name;

import java.util.ArrayList;
import java.util.List;

/**
 * Romanises Korean names written in Hangul, following the Revised Romanization per syllable.
 *
 * <p>ICU's Hangul-Latin runs the syllables together ("gimjeong-eun") and spells the surname 김 "gim",
 * which nobody uses. Names need the surname split off with its customary spelling (Kim, Lee, Park)
 * and the given-name syllables as separate tokens, which is how "Kim Jong-un" tokenises too.
 * McCune-Reischauer spellings (Chong-un) are reconciled later by the phonetic keys, not here.
 */
final class HangulRomanizer {
    private static final String[] INITIALS = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
            "jj", "ch", "k", "t", "p", "h"};
    private static final String[] MEDIALS = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINALS = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
            "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
    private static final char FIRST = '\uAC00';
    private static final char LAST = '\uD7A3';

    private HangulRomanizer() {
    }

    static boolean isHangulSyllable(char c) {
        return c >= FIRST && c <= LAST;
    }

    static String syllable(char c) {
        int index = c - FIRST;
        int initial = index / (21 * 28);
        int medial = (index % (21 * 28)) / 28;
        int fin = index % 28;
        return INITIALS[initial] + MEDIALS[medial] + FINALS[fin];
    }

    /**
     * Readings of one Hangul word: surname with each customary spelling, then the given-name syllables
     * separated by spaces (e.g. "kim jeong eun", "gim jeong eun").
     */
    static List<String> romanize(String word, boolean mayStartWithSurname) {
        List<String> readings = new ArrayList<>();
        StringBuilder given = new StringBuilder();
        int start = 0;
        List<String> surnameForms = null;
        if (mayStartWithSurname && word.length() >= 2 && isHangulSyllable(word.charAt(0))) {
            surnameForms = NameLexicon.get().koreanSurname(word.substring(0, 1));
            if (surnameForms != null) {
                start = 1;
            }
        } else if (word.length() == 1) {
            surnameForms = NameLexicon.get().koreanSurname(word);
            if (surnameForms != null) {
                start = 1;
            }
        }
        for (int i = start; i < word.length(); i++) {
            char c = word.charAt(i);
            if (given.length() > 0) {
                given.append(' ');
            }
            given.append(isHangulSyllable(c) ? syllable(c) : String.valueOf(c));
        }
        if (surnameForms == null) {
            readings.add(given.toString());
            return readings;
        }
        for (int i = 0; i < Math.min(2, surnameForms.size()); i++) {
            readings.add((surnameForms.get(i) + " " + given).strip());
        }
        return readings;
    }
}

package io.canonym.name;

import java.text.Normalizer;
import java.util.Map;

/**
 * Folds Latin text to lower-case ASCII letters.
 *
 * <p>Diacritics that change the sound are spelled out before the accents are dropped, because a
 * plain "Latin-ASCII" fold loses exactly the information that tells transliteration conventions
 * apart: Czech "Šojgu" must become "shojgu" (like "Shoigu"), not "sojgu".
 */
final class LatinFolding {
    private static final Map<Character, String> SPELLED_OUT = Map.ofEntries(
            Map.entry('š', "sh"), Map.entry('ś', "sh"), Map.entry('ş', "sh"), Map.entry('ș', "sh"),
            Map.entry('ž', "zh"), Map.entry('ż', "zh"), Map.entry('ź', "z"),
            Map.entry('č', "ch"), Map.entry('ć', "ch"), Map.entry('ç', "s"),
            Map.entry('ł', "l"), Map.entry('ß', "ss"), Map.entry('ø', "o"), Map.entry('æ', "ae"),
            Map.entry('œ', "oe"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ř', "rzh"), Map.entry('ı', "i"), Map.entry('ğ', "g"), Map.entry('ħ', "h"),
            Map.entry('ŋ', "ng"), Map.entry('ʻ', ""), Map.entry('ʼ', ""), Map.entry('ʹ', ""),
            Map.entry('ʿ', ""), Map.entry('ʾ', ""), Map.entry('\'', ""), Map.entry('`', ""),
            Map.entry('’', ""), Map.entry('‘', ""), Map.entry('´', ""));

    private LatinFolding() {
    }

    /** Lower-cases, spells out sound-bearing diacritics, then strips the remaining accents. */
    static String fold(String latin) {
        String ascii = asciiFold(latin);
        if (ascii != null) {
            return ascii;
        }
        String lower = latin.toLowerCase(java.util.Locale.ROOT);
        StringBuilder spelled = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String replacement = SPELLED_OUT.get(c);
            spelled.append(replacement != null ? replacement : String.valueOf(c));
        }
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String replacement = SPELLED_OUT.get(c);
            if (replacement != null) {
                out.append(replacement);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The fold of plain ASCII text (lower-cased, apostrophes dropped), or null when {@code s} is not plain ASCII. */
    private static String asciiFold(String s) {
        boolean changed = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            changed |= (c >= 'A' && c <= 'Z') || c == '\'' || c == '`';
        }
        if (!changed) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else if (c != '\'' && c != '`') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package io.canonym.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Korean readings (in Hangul) of Chinese characters as used in Korean personal names (Hanja), from
 * {@code /names/hanja-readings.tsv}: "金正恩" is 김정은, "李在明" 이재명 (or 리재명, without the initial-sound law).
 *
 * <p>ICU4J has no Hanja-to-Hangul transform (its Han-Latin reads Mandarin), so the table is our own. Immutable
 * after construction, hence thread-safe.
 */
final class HanjaReadings {
    private static final HanjaReadings INSTANCE = new HanjaReadings("/names/hanja-readings.tsv");
    /** Initials of Hangul syllables (index into the 19 initial jamo). */
    private static final int IEUNG = 11, NIEUN = 2, RIEUL = 5;

    private final Map<Integer, String[]> readings = new HashMap<>();

    HanjaReadings(String resource) {
        for (String line : ResourceLines.read(resource)) {
            String[] cols = line.split("\t");
            String character = cols.length == 2 ? Normalizer.normalize(cols[0].strip(), Normalizer.Form.NFKC) : "";
            if (character.codePointCount(0, character.length()) != 1) {
                throw new IllegalStateException(resource + ": expected one character, a TAB and readings: " + line);
            }
            String[] hangul = cols[1].split(",");
            for (int i = 0; i < hangul.length; i++) {
                hangul[i] = hangul[i].strip();
                if (hangul[i].length() != 1 || !HangulRomanizer.isHangulSyllable(hangul[i].charAt(0))) {
                    throw new IllegalStateException(resource + ": a reading is one Hangul syllable: " + line);
                }
            }
            if (readings.put(character.codePointAt(0), hangul) != null) {
                throw new IllegalStateException(resource + ": character listed twice: " + line);
            }
        }
    }

    static HanjaReadings get() {
        return INSTANCE;
    }

    int size() {
        return readings.size();
    }

    /** The Korean readings of one character, the one used in names first; {@code null} when it has none here. */
    String[] of(int codePoint) {
        return readings.get(codePoint);
    }

    /**
     * The word read as a Korean name in Hangul: the first reading of each character, then, when the first
     * character's second reading is its form without the initial-sound law (李 이 / 리, 柳 유 / 류, 盧 노 / 로),
     * the same with that reading. Empty unless the word has 2 to 4 characters and every one has a Korean
     * reading; stops at the first character without one.
     */
    List<String> hangul(String word) {
        int length = word.codePointCount(0, word.length());
        if (length < 2 || length > 4) {
            return List.of();
        }
        StringBuilder first = new StringBuilder(length);
        String alternative = null;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String[] r = readings.get(cp);
            if (r == null) {
                return List.of();
            }
            if (i == 0 && r.length > 1 && initialSoundLawPair(r[0].charAt(0), r[1].charAt(0))) {
                alternative = r[1];
            }
            first.append(r[0]);
            i += Character.charCount(cp);
        }
        List<String> out = new ArrayList<>(2);
        out.add(first.toString());
        if (alternative != null) {
            out.add(alternative + first.substring(1));
        }
        return out;
    }

    /**
     * Whether two syllables differ only by the initial-sound law (두음법칙): the same vowel and final, one
     * beginning with ㄹ or ㄴ where the other has ㅇ or ㄴ (리 / 이, 로 / 노, 녀 / 여).
     */
    static boolean initialSoundLawPair(char a, char b) {
        if (!HangulRomanizer.isHangulSyllable(a) || !HangulRomanizer.isHangulSyllable(b)) {
            return false;
        }
        int ia = a - '\uAC00', ib = b - '\uAC00';
        if (ia % 588 != ib % 588) { // 588 = 21 vowels × 28 finals: same vowel and final
            return false;
        }
        int x = ia / 588, y = ib / 588;
        return x != y && (x == IEUNG || x == NIEUN || x == RIEUL) && (y == IEUNG || y == NIEUN || y == RIEUL);
    }
}

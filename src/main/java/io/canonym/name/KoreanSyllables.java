package io.canonym.name;

import java.util.List;

/**
 * A romanised word read as one Korean syllable: initial consonant, vowel, final consonant ("myeong" is m-yeo-ng,
 * "yong" is yo-ng with no initial). Korean given names are written syllable by syllable ("Jae-yong", "Jae Myung",
 * and every Hangul reading), so each of their words is one syllable.
 *
 * <p>Romanisation systems disagree on vowels (eo / o / u, eu / u, ae / e) and on the voicing of initials
 * (k / g, t / d, p / b, ch / j), but never write a consonant where the Korean syllable has none, nor one consonant
 * for another of a different sound: "yong" (용) and "myong" (명) are two syllables, however alike the letters look.
 * The one exception is the initial of the "initial sound rule" (두음법칙): r / l / n before i or y is silent in South
 * Korean usage and written in North Korean ("Ri" / "Yi" / "Lee", "Ryu" / "Yu", "Rim" / "Im"); "Roh" / "No" too.
 */
final class KoreanSyllables {

    /** Romanised initials, longest first, each with its sound class (one per Korean initial, voicing aside). */
    private static final List<String[]> INITIALS = List.of(
            new String[] {"tch", "ch"}, new String[] {"kk", "k"}, new String[] {"gg", "k"}, new String[] {"tt", "t"},
            new String[] {"pp", "p"}, new String[] {"bb", "p"}, new String[] {"ss", "s"}, new String[] {"jj", "ch"},
            new String[] {"ch", "ch"}, new String[] {"sh", "s"}, new String[] {"g", "k"}, new String[] {"k", "k"},
            new String[] {"n", "r"}, new String[] {"d", "t"}, new String[] {"t", "t"}, new String[] {"r", "r"},
            new String[] {"l", "r"}, new String[] {"m", "m"}, new String[] {"b", "p"}, new String[] {"p", "p"},
            new String[] {"s", "s"}, new String[] {"j", "ch"}, new String[] {"h", "h"}, new String[] {"", ""});
    /**
     * Vowels as Revised Romanization, McCune-Reischauer (breves folded away) and customary name spellings write them
     * ("Soo", "Hee", "Yi"), longest first.
     */
    private static final List<String> VOWELS = List.of("yeo", "yae", "wae", "eui", "ae", "eo", "eu", "ya", "yo", "yu", "ye",
            "yi", "wa", "wo", "we", "wi", "oe", "ui", "oo", "ee", "ou", "a", "e", "i", "o", "u");
    private static final List<String> FINALS = List.of("ng", "", "k", "g", "n", "t", "d", "l", "r", "m", "p", "b", "h");
    /** The sound class of the silent initial. */
    private static final String NONE = "";
    /** The sound class of r / l / n, which the initial sound rule drops before i and y. */
    private static final String LIQUID = "r";

    private KoreanSyllables() {
    }

    /** One reading of a word as a syllable: its initial's sound class and its vowel. */
    record Syllable(String initialClass, String vowel) {
    }

    /**
     * True when both words read as one Korean syllable each, and under no reading can their initials be one sound:
     * then they are two different syllables, whatever their spelling similarity.
     */
    static boolean differentInitials(String a, String b) {
        return differentInitials(readings(a), readings(b));
    }

    /** The same, from the words' {@link #readings} (a word's profile keeps them). */
    static boolean differentInitials(List<Syllable> as, List<Syllable> bs) {
        if (as.isEmpty() || bs.isEmpty()) {
            return false;
        }
        for (Syllable x : as) {
            for (Syllable y : bs) {
                if (sameInitial(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every way the word splits into initial, vowel and final; empty when it is not one syllable. */
    static List<Syllable> readings(String word) {
        List<Syllable> found = new java.util.ArrayList<>(2);
        for (String[] initial : INITIALS) {
            if (!word.startsWith(initial[0])) {
                continue;
            }
            String rest = word.substring(initial[0].length());
            for (String vowel : VOWELS) {
                if (rest.startsWith(vowel) && FINALS.contains(rest.substring(vowel.length()))) {
                    found.add(new Syllable(initial[1], vowel));
                }
            }
        }
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }

    private static boolean sameInitial(Syllable x, Syllable y) {
        if (x.initialClass.equals(y.initialClass)) {
            return true;
        }
        return droppedByInitialSoundRule(x, y) || droppedByInitialSoundRule(y, x);
    }

    /** "Ri" / "Yi", "Ryu" / "Yu": a liquid initial on one side, none on the other, before i or y. */
    private static boolean droppedByInitialSoundRule(Syllable written, Syllable silent) {
        return written.initialClass.equals(LIQUID) && silent.initialClass.equals(NONE)
                && (silent.vowel.startsWith("i") || silent.vowel.startsWith("y") || silent.vowel.equals("ee"));
    }
}

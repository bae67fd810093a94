package io.canonym.name;

import com.ibm.icu.text.Transliterator;

/** How alike two spellings are as written, for callers outside the name core (the article linker). */
public final class Spellings {

    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    private Spellings() {
    }

    /**
     * Whether a name written in Chinese characters is a stored spelling, character for character: the same characters,
     * the same once traditional ones are simplified ("習近平" / "习近平"), or the Korean name in Hangul that the
     * characters read as Hanja ("金正恩" / "김정은"). Sounding alike is not enough in unspaced text: "王一" reads as
     * "王毅" does, and a run of characters may hold another name.
     */
    public static boolean sameHanName(String written, String stored) {
        if (written.equals(stored)) {
            return true;
        }
        if (stored.isEmpty()) {
            return false;
        }
        if (HangulRomanizer.isHangulSyllable(stored.charAt(0))) {
            return HanjaReadings.get().hangul(written).contains(stored);
        }
        return simplified(written).equals(simplified(stored));
    }

    private static String simplified(String han) {
        // ICU transliterators are not documented as safe for concurrent use.
        synchronized (TRADITIONAL_TO_SIMPLIFIED) {
            return TRADITIONAL_TO_SIMPLIFIED.transliterate(han);
        }
    }

    /** Jaro-Winkler similarity in [0,1]. */
    public static double similarity(String a, String b) {
        return JaroWinkler.similarity(a, b);
    }

    /**
     * Whether the spelling ends in an Arabic nasab ("Mohammed bin Salman"): its last word is the father's own name, so
     * that word alone ("King Salman") need not be the son.
     */
    public static boolean endsInNasab(String spelling) {
        return NameNormalizer.endsInNasab(spelling);
    }

    /** Whether the word is a nasab particle ("bin", "ibn", "bint", "بن"), in any case. */
    public static boolean isNasabParticle(String word) {
        return NameNormalizer.isNasabParticle(word);
    }

    /**
     * Whether a word, in any case, is a name particle that stands as a word of its own ("van", "bin", "de"): part of a
     * name, never its end ({@code names/particles.txt}).
     */
    public static boolean isParticleWord(String word) {
        NameLexicon.ParticlePlace place = NameLexicon.get().particlePlace(word.toLowerCase(java.util.Locale.ROOT));
        return place != null && place != NameLexicon.ParticlePlace.PREFIX;
    }
}

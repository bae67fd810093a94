package io.canonym.name;

/** How alike two spellings are as written, for callers outside the name core (the article linker). */
public final class Spellings {

    private Spellings() {
    }

    /** Jaro-Winkler similarity in [0,1]. */
    public static double similarity(String a, String b) {
        return JaroWinkler.similarity(a, b);
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

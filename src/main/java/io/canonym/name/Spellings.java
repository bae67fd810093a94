package io.canonym.name;

/** How alike two spellings are as written, for callers outside the name core (the article linker). */
public final class Spellings {

    private Spellings() {
    }

    /** Jaro-Winkler similarity in [0,1]. */
    public static double similarity(String a, String b) {
        return JaroWinkler.similarity(a, b);
    }
}

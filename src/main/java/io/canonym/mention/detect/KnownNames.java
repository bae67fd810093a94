package io.canonym.mention.detect;

/**
 * The caller's gazetteer: which spellings belong to people it already knows. The service implements it
 * over its name index (every stored variant), so that a known name is found even when it is garbled or
 * written in lower case ("voldimi zelensky"); tests use {@link InMemoryKnownNames}.
 *
 * <p>The detector asks about short windows of one to four words, so implementations should be fast
 * and thread-safe; {@link #mayBeginName(String)} lets them skip most windows cheaply.
 */
public interface KnownNames {
    /** A gazetteer that knows nobody: detection then relies on the text alone. */
    KnownNames NONE = new KnownNames() {
        @Override
        public boolean isKnownName(String candidate) {
            return false;
        }

        @Override
        public boolean mayBeginName(String word) {
            return false;
        }
    };

    /**
     * A letter of a spaced script without capitals (Arabic and Persian, Hebrew, Devanagari), where nothing but the
     * gazetteer and titles marks a name: its words are asked about as a capitalised word would be.
     */
    static boolean inSpacedCaselessScript(int letter) {
        return switch (Character.UnicodeScript.of(letter)) {
            case ARABIC, HEBREW, DEVANAGARI -> true;
            default -> false;
        };
    }

    /** True when the candidate, exactly as written in the article (any case), is a spelling of a known person. */
    boolean isKnownName(String candidate);

    /**
     * True when the candidate, a span punctuation closes on both sides (so it holds no stray word), is a spelling of a
     * known person even if a shorter part of it is one too ("Recep Tayyip Erdoğan" beside "Tayyip Erdoğan"). The
     * default asks {@link #isKnownName(String)}, which some implementations make stricter about words that add nothing.
     */
    default boolean isKnownSpelling(String candidate) {
        return isKnownName(candidate);
    }

    /**
     * A cheap pre-filter: false when no known name can begin with this word, so the detector need not ask
     * {@link #isKnownName(String)} about the windows it starts. The default asks about every window.
     */
    default boolean mayBeginName(String word) {
        return true;
    }
}

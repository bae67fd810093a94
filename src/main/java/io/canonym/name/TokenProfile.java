package io.canonym.name;

/**
 * A token with everything matching needs precomputed: phonetic keys and equivalence groups.
 * Immutable; the index shares one instance per distinct token text.
 */
final class TokenProfile {
    private static final java.util.concurrent.atomic.AtomicInteger SERIALS = new java.util.concurrent.atomic.AtomicInteger();

    final String text;
    final PhoneticKeys keys;
    final int[] groups;
    /** Reads as one Korean syllable ("jae", "myeong"): a word of a Korean given name as it is usually written. */
    final boolean oneKoreanSyllable;
    /** Index keys of this token, set once by the index when it first stores the token; null for query-only tokens. */
    volatile int[] indexKeys;
    /** Number of live stored variants having this token; changed and read under the index's lock. */
    int variants;
    /** Dictionary id in the index, set with {@link #indexKeys}; -1 until then. */
    int id = -1;
    /** Distinguishes profiles in caches keyed by identity; may wrap around, so it is a hash, never a key alone. */
    final int serial = SERIALS.incrementAndGet();

    TokenProfile(String text, GivenNameEquivalents equivalents) {
        this.text = text;
        this.keys = PhoneticKeys.of(text);
        this.groups = text.length() > 1 ? equivalents.groupsOf(text, keys) : new int[0];
        this.oneKoreanSyllable = KoreanSyllables.isOneSyllable(text);
    }

    boolean isInitial() {
        return text.length() == 1;
    }

    @Override
    public String toString() {
        return text;
    }
}

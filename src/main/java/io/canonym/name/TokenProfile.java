package io.canonym.name;

/**
 * A token with everything matching needs: phonetic keys, equivalence groups and Korean syllable readings, computed
 * once. The index shares one instance per distinct token text. An index read from a snapshot defers them
 * ({@link #deferred}): computing them for every word of a million people is seconds of a start's CPU, so they are
 * computed after the index is in service, or by the first comparison that needs them.
 */
final class TokenProfile {
    private static final java.util.concurrent.atomic.AtomicInteger SERIALS = new java.util.concurrent.atomic.AtomicInteger();

    final String text;
    private final GivenNameEquivalents equivalents;
    /** Null until computed; immutable once set, so a racing second computation is harmless (as String.hash). */
    private Phonetics phonetics;
    /** Index keys of this token, set once by the index when it first stores the token; null for query-only tokens. */
    volatile int[] indexKeys;
    /** Number of live stored variants having this token; changed and read under the index's lock. */
    int variants;
    /** Dictionary id in the index, set with {@link #indexKeys}; -1 until then. */
    int id = -1;
    /** Distinguishes profiles in caches keyed by identity; may wrap around, so it is a hash, never a key alone. */
    final int serial = SERIALS.incrementAndGet();

    private record Phonetics(PhoneticKeys keys, int[] groups, java.util.List<KoreanSyllables.Syllable> koreanSyllables) {
    }

    TokenProfile(String text, GivenNameEquivalents equivalents) {
        this(text, equivalents, true);
    }

    private TokenProfile(String text, GivenNameEquivalents equivalents, boolean now) {
        this.text = text;
        this.equivalents = equivalents;
        if (now) {
            phonetics();
        }
    }

    /** A profile whose keys and groups are computed when first needed. */
    static TokenProfile deferred(String text, GivenNameEquivalents equivalents) {
        return new TokenProfile(text, equivalents, false);
    }

    PhoneticKeys keys() {
        return phonetics().keys();
    }

    int[] groups() {
        return phonetics().groups();
    }

    /** Its readings as one Korean syllable ("jae", "myeong"), as a Korean given name's words are written; often none. */
    java.util.List<KoreanSyllables.Syllable> koreanSyllables() {
        return phonetics().koreanSyllables();
    }

    boolean isOneKoreanSyllable() {
        return !koreanSyllables().isEmpty();
    }

    private Phonetics phonetics() {
        Phonetics known = phonetics;
        if (known == null) {
            PhoneticKeys keys = PhoneticKeys.of(text);
            known = new Phonetics(keys, text.length() > 1 ? equivalents.groupsOf(text, keys) : new int[0],
                    KoreanSyllables.readings(text));
            phonetics = known;
        }
        return known;
    }

    boolean isInitial() {
        return text.length() == 1;
    }

    @Override
    public String toString() {
        return text;
    }
}

package io.canonym.name;

/**
 * A direct-mapped cache keyed by the identity of two profiles and a flag (the index shares one profile per word, so
 * identity is equality): a lookup is a hash of two serials and two reference checks, with no key to build. A
 * collision overwrites. Not thread-safe: one per thread.
 */
final class ProfilePairCache<V> {
    private final TokenProfile[] firsts;
    private final TokenProfile[] seconds;
    private final boolean[] flags;
    private final Object[] values;

    /** @param size a power of two */
    ProfilePairCache(int size) {
        firsts = new TokenProfile[size];
        seconds = new TokenProfile[size];
        flags = new boolean[size];
        values = new Object[size];
    }

    @SuppressWarnings("unchecked")
    V get(TokenProfile first, TokenProfile second, boolean flag) {
        int slot = slotOf(first, second, flag);
        return firsts[slot] == first && seconds[slot] == second && flags[slot] == flag ? (V) values[slot] : null;
    }

    void put(TokenProfile first, TokenProfile second, boolean flag, V value) {
        int slot = slotOf(first, second, flag);
        firsts[slot] = first;
        seconds[slot] = second;
        flags[slot] = flag;
        values[slot] = value;
    }

    private int slotOf(TokenProfile first, TokenProfile second, boolean flag) {
        int h = (first.serial * 0x9E3779B9 + second.serial) * 0x85EBCA6B + (flag ? 1 : 0);
        return (h ^ h >>> 15) & (values.length - 1);
    }
}

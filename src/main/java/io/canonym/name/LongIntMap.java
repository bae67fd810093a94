package io.canonym.name;

import java.util.Arrays;

/** Open-addressing map from long to non-negative int: variant id to slot for millions of variants. */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;
    private int tombstones;
    private static final long REMOVED = Long.MIN_VALUE + 1;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, EMPTY);
    }

    int get(long key) {
        int slot = slotOf(key);
        return slot < 0 ? -1 : values[slot];
    }

    void put(long key, int value) {
        if (key == EMPTY || key == REMOVED) {
            throw new IllegalArgumentException("reserved id " + key);
        }
        if ((size + tombstones + 1) * 4 >= keys.length * 3) {
            rehash(size * 4 >= keys.length ? keys.length * 2 : keys.length);
        }
        int mask = keys.length - 1;
        int firstFree = -1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                values[i] = value;
                return;
            }
            if (k == REMOVED && firstFree < 0) {
                firstFree = i;
            }
            if (k == EMPTY) {
                int at = firstFree >= 0 ? firstFree : i;
                if (keys[at] == REMOVED) {
                    tombstones--;
                }
                keys[at] = key;
                values[at] = value;
                size++;
                return;
            }
        }
    }

    int remove(long key) {
        int slot = slotOf(key);
        if (slot < 0) {
            return -1;
        }
        keys[slot] = REMOVED;
        size--;
        tombstones++;
        return values[slot];
    }

    /** Where {@code key} is stored, or -1: the probe that get and remove share. */
    private int slotOf(long key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == EMPTY) {
                return -1;
            }
            if (k == key) {
                return i;
            }
        }
    }

    int size() {
        return size;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
        size = 0;
        tombstones = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY && oldKeys[i] != REMOVED) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

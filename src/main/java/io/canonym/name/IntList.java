package io.canonym.name;

import java.util.Arrays;

/** A growable int array: posting lists without boxing (millions of them must fit in the heap). */
final class IntList {
    private int[] values;
    private int size;

    IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    /** A list over {@code values} as they are (no copy): for restoring a snapshot. */
    static IntList of(int[] values) {
        IntList list = new IntList(1);
        list.values = values.length == 0 ? new int[1] : values;
        list.size = values.length;
        return list;
    }

    /** The backing array (valid up to {@link #size()}): for writing a snapshot without a copy. */
    int[] array() {
        return values;
    }

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 1);
        }
        values[size++] = v;
    }

    /** Removes one occurrence; order is not preserved (postings are unordered sets). */
    boolean remove(int v) {
        for (int i = 0; i < size; i++) {
            if (values[i] == v) {
                values[i] = values[--size];
                return true;
            }
        }
        return false;
    }

    void removeLast() {
        size--;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    void trim() {
        if (values.length > size + 4) {
            values = Arrays.copyOf(values, size);
        }
    }
}

package io.canonym.name;

import java.util.Arrays;

/** A growable int array: posting lists without boxing (millions of them must fit in the heap). */
final class IntList {
    private int[] values;
    private int size;

    IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
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

package io.canonym.name;

import java.util.Arrays;

/**
 * The best {@code k} people by their best-ranked variant, kept while streaming offers: a min-heap on rank with a
 * person → heap position map, so an offer and the entry floor cost O(log k) and O(1) even for k = 1,000 (what
 * {@code people(search:)} asks for to count and page), where scanning the k kept people made a search over a
 * common surname take seconds at a million people.
 */
final class TopPeople {
    private final long[] persons;
    private final int[] slots;
    private final double[] ranks;
    private final LongIntMap positionOf;
    private int size;

    TopPeople(int k) {
        persons = new long[k];
        slots = new int[k];
        ranks = new double[k];
        positionOf = new LongIntMap(Math.min(k, 4096));
    }

    int size() {
        return size;
    }

    /** Offers at or below this cannot enter: the k-th best rank once full. */
    double floor() {
        return size < persons.length || size == 0 ? Double.NEGATIVE_INFINITY : ranks[0];
    }

    void offer(long person, int slot, double rank) {
        if (persons.length == 0) {
            return;
        }
        int at = positionOf.get(person);
        if (at >= 0) {
            if (rank > ranks[at]) {
                ranks[at] = rank;
                slots[at] = slot;
                siftDown(at);
            }
            return;
        }
        if (size < persons.length) {
            set(size, person, slot, rank);
            siftUp(size++);
        } else if (rank > ranks[0] || rank == ranks[0] && person < persons[0]) {
            positionOf.remove(persons[0]);
            set(0, person, slot, rank);
            siftDown(0);
        }
    }

    /** Positions of the kept entries, best first (ties: the lower person id first); see {@link #slot}, {@link #rank}. */
    int[] bestFirst() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> lower(b, a) ? -1 : lower(a, b) ? 1 : 0);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = order[i];
        }
        return out;
    }

    int slot(int position) {
        return slots[position];
    }

    double rank(int position) {
        return ranks[position];
    }

    /**
     * Heap order: a lower rank, or at equal rank the higher person id, is nearer the root (evicted first). A total
     * order of (rank, person) alone, not of the order of offers, makes the best k the first k of the best k + n: a
     * page of search results is then the same whether the ranking was cut at the page or further.
     */
    private boolean lower(int a, int b) {
        return ranks[a] < ranks[b] || ranks[a] == ranks[b] && persons[a] > persons[b];
    }

    private void set(int at, long person, int slot, double rank) {
        persons[at] = person;
        slots[at] = slot;
        ranks[at] = rank;
        positionOf.put(person, at);
    }

    private void siftUp(int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!lower(at, parent)) {
                return;
            }
            swap(at, parent);
            at = parent;
        }
    }

    private void siftDown(int at) {
        while (true) {
            int left = 2 * at + 1;
            if (left >= size) {
                return;
            }
            int child = left + 1 < size && lower(left + 1, left) ? left + 1 : left;
            if (!lower(child, at)) {
                return;
            }
            swap(at, child);
            at = child;
        }
    }

    private void swap(int a, int b) {
        long person = persons[a];
        int slot = slots[a];
        double rank = ranks[a];
        persons[a] = persons[b];
        slots[a] = slots[b];
        ranks[a] = ranks[b];
        persons[b] = person;
        slots[b] = slot;
        ranks[b] = rank;
        positionOf.put(persons[a], a);
        positionOf.put(persons[b], b);
    }
}

package io.canonym.name;

/**
 * Per-query accumulator slot → evidence, an open-addressing int→double map that also remembers which
 * query token last credited a slot, so a token reaching a variant through several keys counts once.
 *
 * <p>Reusable: {@link #clear()} forgets only the entries used, so one instance per thread serves every query without
 * allocating or refilling its tables; the entries used are also what {@link #top} and {@link #creditExisting} walk.
 */
final class SlotScores {
    /** Each slot as {@code ~slot}, so that 0 (a new array's content) is an empty position. */
    private int[] keys;
    private double[] scores;
    private int[] lastToken;
    /** Table positions in use, in the order they were taken. */
    private int[] used;
    private int size;

    SlotScores(int expected) {
        int cap = Integer.highestOneBit(Math.max(64, expected * 2 - 1)) << 1;
        initialCapacity = cap;
        retained = new Table[Math.max(1, Integer.numberOfTrailingZeros(Math.max(cap, RETAINED_CAPACITY)) - Integer.numberOfTrailingZeros(cap) + 1)];
        use(0);
    }

    /**
     * The largest table kept from one query to the next. A rare query pools hundreds of thousands of variants; keeping
     * the table it grew for would spread every later, ordinary pool (a few thousand) over megabytes: a cache miss per
     * credit, which made resolving a quarter slower (docs/performance.md, session 5).
     */
    private static final int RETAINED_CAPACITY = 1 << 15;

    private final int initialCapacity;

    /**
     * The tables of every capacity from the initial one up to {@link #RETAINED_CAPACITY}, each kept empty while not in
     * use. Every query starts in the smallest, so that small pools stay compact, and a pool that outgrows it moves up
     * through the kept ones: a third of the pools at 100,000 people pass 2,048 variants, and allocating and filling
     * their tables anew at every query took a quarter of retrieval's time.
     */
    private final Table[] retained;
    /** The level of the table in use: its capacity is {@code initialCapacity << level}. */
    private int level;

    private static final class Table {
        final int[] keys;
        final double[] scores;
        final int[] lastToken;
        final int[] used;

        Table(int cap) {
            keys = new int[cap];
            scores = new double[cap];
            lastToken = new int[cap];
            used = new int[cap / 2 + 1];
        }
    }

    /** Makes the (empty) table of this level the one in use; past the kept levels, a new one. */
    private void use(int level) {
        Table t;
        if (level < retained.length) {
            t = retained[level];
            if (t == null) {
                t = retained[level] = new Table(initialCapacity << level);
            }
        } else {
            t = new Table(initialCapacity << level);
        }
        this.level = level;
        keys = t.keys;
        scores = t.scores;
        lastToken = t.lastToken;
        used = t.used;
    }

    /** Forgets every slot: a kept table is emptied by the entries used, a larger one is let go. */
    void clear() {
        if (level < retained.length) {
            for (int i = 0; i < size; i++) {
                keys[used[i]] = 0;
            }
        }
        size = 0;
        if (level != 0) {
            use(0);
        }
    }

    /** Credits {@code slot} with {@code weight} for query token {@code token}; new slots only if {@code mayAdd}. */
    void credit(int slot, int token, double weight, boolean mayAdd) {
        int mask = keys.length - 1;
        int i = (slot * 0x9E3779B9) >>> 7 & mask;
        while (true) {
            int k = keys[i];
            if (k == ~slot) {
                if (lastToken[i] != token) {
                    lastToken[i] = token;
                    scores[i] += weight;
                }
                return;
            }
            if (k == 0) {
                if (!mayAdd) {
                    return;
                }
                keys[i] = ~slot;
                scores[i] = weight;
                lastToken[i] = token;
                used[size] = i;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /** Credits every slot already collected that satisfies {@code has}, without admitting new ones. */
    void creditExisting(java.util.function.IntPredicate has, int token, double weight) {
        for (int u = 0; u < size; u++) {
            int i = used[u];
            if (lastToken[i] != token && has.test(~keys[i])) {
                lastToken[i] = token;
                scores[i] += weight;
            }
        }
    }

    int size() {
        return size;
    }

    /** The {@code n} slots with the most evidence, best first; among equals, the lowest slots. */
    int[] top(int n) {
        int count = Math.min(n, size);
        int[] bestSlots = new int[count];
        double[] bestScores = new double[count];
        int filled = 0;
        for (int u = 0; u < size; u++) {
            int i = used[u];
            double s = scores[i];
            if (filled < count) {
                insert(bestSlots, bestScores, filled++, ~keys[i], s);
            } else if (count > 0 && ranksAbove(s, ~keys[i], bestScores[count - 1], bestSlots[count - 1])) {
                insert(bestSlots, bestScores, count - 1, ~keys[i], s);
            }
        }
        return bestSlots;
    }

    /** More evidence first; among equals the lower slot, so that the pool does not depend on the table's history. */
    private static boolean ranksAbove(double score, int slot, double otherScore, int otherSlot) {
        return score > otherScore || score == otherScore && slot < otherSlot;
    }

    /** Inserts at or before {@code from}, shifting lower-ranked entries down (the entry at {@code from} is overwritten). */
    private static void insert(int[] slots, double[] scores, int from, int slot, double score) {
        int j = from;
        while (j > 0 && ranksAbove(score, slot, scores[j - 1], slots[j - 1])) {
            scores[j] = scores[j - 1];
            slots[j] = slots[j - 1];
            j--;
        }
        scores[j] = score;
        slots[j] = slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldScores = scores;
        int[] oldLast = lastToken;
        int[] oldUsed = used;
        boolean oldKept = level < retained.length;
        use(level + 1);
        int mask = keys.length - 1;
        for (int u = 0; u < size; u++) {
            int j = oldUsed[u];
            int i = (~oldKeys[j] * 0x9E3779B9) >>> 7 & mask;
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[j];
            scores[i] = oldScores[j];
            lastToken[i] = oldLast[j];
            used[u] = i;
            if (oldKept) {
                oldKeys[j] = 0;
            }
        }
    }
}

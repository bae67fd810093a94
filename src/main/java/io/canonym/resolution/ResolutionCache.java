package io.canonym.resolution;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.canonym.name.NameIndex;
import io.canonym.name.Resolution;

/**
 * Recent answers of the name index: resolutions, and whether it knows a word. News names the same people over and over
 * (and every article its places, agencies, bylines and common words), and an answer depends only on the question and
 * the index: it stays valid while the index it was computed from is unchanged. Any change to the index (a spelling
 * added or removed, here or through the feed) makes every earlier answer stale, since scores weigh words by how many
 * spellings share them. Bounded: emptied when full.
 *
 * @param <T> the kind of answer ({@link Resolution}, {@link Boolean})
 */
final class ResolutionCache<T> {

    private record Entry<T>(NameIndex index, long generation, T answer) {
    }

    private final ConcurrentHashMap<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final int capacity;

    ResolutionCache(int capacity) {
        this.capacity = capacity;
    }

    /** The answer remembered for this question, if it was computed from {@code index} as it is now. */
    T get(NameIndex index, String key) {
        if (capacity <= 0) {
            return null;
        }
        Entry<T> e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (e.index != index || e.generation != index.generation()) {
            entries.remove(key, e);
            return null;
        }
        return e.answer;
    }

    /** Remembers an answer computed from {@code index} when it was at {@code generation} (read before computing). */
    void put(NameIndex index, long generation, String key, T answer) {
        if (capacity <= 0) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, new Entry<>(index, generation, answer));
    }

    /**
     * The answer remembered for this question, or {@code compute}'s, remembered with the index's generation read
     * before computing (so that an answer computed while the index changed is never served).
     */
    T get(NameIndex index, String key, Supplier<T> compute) {
        T known = get(index, key);
        if (known != null) {
            return known;
        }
        long generation = index.generation();
        T computed = compute.get();
        put(index, generation, key, computed);
        return computed;
    }

    /** The key of a resolution of {@code name} with at most {@code limit} candidates. */
    static String key(String name, int limit) {
        return limit + "\u0000" + name;
    }
}

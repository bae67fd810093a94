package io.canonym.resolution;

import java.util.concurrent.ConcurrentHashMap;

import io.canonym.name.NameIndex;
import io.canonym.name.Resolution;

/**
 * Recent answers of the resolver. News names the same people over and over (and every article its places, agencies
 * and bylines), and an answer depends only on the query and the index: it stays valid while the index it was
 * computed from is unchanged. Any change to the index (a spelling added or removed, here or through the feed) makes
 * every earlier answer stale, since scores weigh words by how many spellings share them. Bounded: emptied when full.
 */
final class ResolutionCache {

    private record Entry(NameIndex index, long generation, Resolution resolution) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;

    ResolutionCache(int capacity) {
        this.capacity = capacity;
    }

    /** The answer remembered for this query, if it was computed from {@code index} as it is now. */
    Resolution get(NameIndex index, String name, int limit) {
        if (capacity <= 0) {
            return null;
        }
        String key = key(name, limit);
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (e.index != index || e.generation != index.generation()) {
            entries.remove(key, e);
            return null;
        }
        return e.resolution;
    }

    /** Remembers an answer computed from {@code index} when it was at {@code generation} (read before computing). */
    void put(NameIndex index, long generation, String name, int limit, Resolution resolution) {
        if (capacity <= 0) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key(name, limit), new Entry(index, generation, resolution));
    }

    private static String key(String name, int limit) {
        return limit + "\u0000" + name;
    }
}

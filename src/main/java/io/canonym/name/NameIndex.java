package io.canonym.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * In-memory index of name variants for candidate generation, sized for millions of variants.
 *
 * <p>Each distinct token is profiled once (phonetic keys, equivalence groups); variants are found
 * through an inverted index from keys to int posting lists: the exact token, each convention's
 * consonant skeleton, each given-name equivalence group. Typos are reached through a deletion
 * neighbourhood over the (few hundred thousand at most) distinct skeletons, not over postings, so
 * they cost no posting memory. Queries credit variants rarest token first and stop admitting new
 * variants once enough are collected, so a common token ("Kim", "Muhammad") cannot blow up a query.
 *
 * <p>Thread-safe: many concurrent readers, writers exclusive. An added or removed variant is visible
 * to the next query.
 */
public final class NameIndex {
    private static final int ADMIT_LIMIT = 4000;
    private static final int TRANSIENT_PROFILES = 100_000;
    private static final int SMALL_POSTING = 1500;
    private static final int FUZZY_BELOW = 1000;
    /**
     * Marking a posting in a bit set reads memory in order; testing a pooled variant token by token misses the
     * cache, which costs some tens of sequential reads: marking wins while the postings are up to ~30 times the pool
     * (an estimate from that ratio, not a tuned figure).
     */
    private static final int MARK_PER_POOL_SLOT = 30;
    /** Prefix search walks the variants with the typed complete words themselves up to this many (see searchReading). */
    private static final int ANCHOR_WALK_LIMIT = 4000;
    /** Credit per kind of key (see {@link #lookupKeys}). */
    private static final double EXACT_KEY = 1.0;
    private static final double GROUP_KEY = 0.9;
    private static final double SKELETON_KEY = 0.6;
    private static final double NEAR_SKELETON_KEY = 0.4;
    /** Beyond this many stored words reading alike, a fine form is too generic to be a key of its own. */
    private static final int SAME_READING_LIMIT = 32;
    /** Query positions from here on are two adjacent words written together. */
    private static final int JOINED_POSITION = 1 << 16;
    /**
     * Shortest skeleton of two query words written together that is looked up as a key: with six consonant classes,
     * 1M synthetic people lost a point of top-1 to namesakes reached through invented joined words.
     */
    private static final int JOINED_SKELETON_MIN = 8;

    /** One Latin reading of a stored variant. */
    record StoredReading(TokenProfile[] tokens, boolean[] surname, String how) {
    }

    /** A stored spelling of a person's name. */
    record StoredVariant(long personId, long variantId, String spelling, StoredReading[] readings) {
    }

    /** A spelling normalised and profiled without the lock, ready to insert; readings null = no name content. */
    private record Prepared(long personId, long variantId, String spelling, StoredReading[] readings) {
    }

    private final NameNormalizer normalizer;
    private final GivenNameEquivalents equivalents;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** Every token profiled for storage, by text; filled concurrently by {@link #prepare}, indexed under the lock. */
    private final Map<String, TokenProfile> tokens = new ConcurrentHashMap<>();
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final ArrayList<IntList> postings = new ArrayList<>();
    private final Map<String, List<String>> skeletonsByDeletion = new HashMap<>();
    private final TreeMap<String, Set<String>> tokensByFineForm = new TreeMap<>();
    /**
     * Profiles of words no stored spelling has (query words, adjacent words joined), recent ones in the first map;
     * when it is full it becomes the second and the one before is dropped, so the words in use stay profiled.
     */
    private volatile Map<String, TokenProfile> transientProfiles = new ConcurrentHashMap<>();
    private volatile Map<String, TokenProfile> olderTransientProfiles = Map.of();
    /** Recently prepared spellings (readings are immutable and shareable); see {@link #prepare}. */
    private final Map<String, StoredReading[]> preparedSpellings = new ConcurrentHashMap<>();
    private static final int PREPARED_CACHE_LIMIT = 200_000;

    // Stored variants, column-wise so that millions of them cost few objects (the GC walks every object):
    // a slot's readings are one int array: per reading a header (how-id << 8 | token count), then per
    // token (dictionary id << 1 | surname bit). A free slot has null codes.
    private long[] slotPerson = new long[1024];
    private long[] slotVariant = new long[1024];
    private String[] slotSpelling = new String[1024];
    /** Spelling lengths, for ranking search hits without a cache miss on each spelling. */
    private short[] slotLength = new short[1024];
    private int[][] slotCodes = new int[1024][];
    private TokenProfile[] dictionary = new TokenProfile[1024];
    private int dictionarySize;
    private final List<String> hows = new ArrayList<>();
    private final Map<String, Integer> howIds = new HashMap<>();
    private int slotCount;
    private final IntList freeSlots = new IntList(16);
    private final LongIntMap slotByVariant = new LongIntMap(1024);
    private int liveVariants;
    /** Counts changes, so answers computed from this index can be known stale; written under the write lock. */
    private volatile long generation;

    public NameIndex() {
        this(new NameNormalizer(), GivenNameEquivalents.standard());
    }

    public NameIndex(NameNormalizer normalizer, GivenNameEquivalents equivalents) {
        this.normalizer = normalizer;
        this.equivalents = equivalents;
    }

    NameNormalizer normalizer() {
        return normalizer;
    }

    GivenNameEquivalents equivalents() {
        return equivalents;
    }

    /**
     * Adds (or replaces) a spelling of a person's name. Returns false, storing nothing, when the
     * spelling has no name-like content. For loading many spellings use {@link #bulkLoad()}.
     */
    public boolean add(long personId, long variantId, String spelling) {
        Prepared prepared = prepare(personId, variantId, spelling);
        lock.writeLock().lock();
        try {
            return insert(prepared);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * A loader for many spellings (a snapshot of the database): normalises them on all cores while the
     * caller keeps feeding rows, and inserts them in the order given, so a later row for the same variant
     * id replaces an earlier one as with {@link #add}. Rows become visible in batches; all of them once
     * {@link BulkLoad#close()} returns. Not thread-safe itself: one thread feeds it.
     */
    public BulkLoad bulkLoad() {
        return new BulkLoad(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** See {@link #bulkLoad()}. */
    public final class BulkLoad implements AutoCloseable {
        private static final int BATCH = 2048;
        private final java.util.concurrent.ExecutorService workers;
        private final java.util.ArrayDeque<java.util.concurrent.Future<Prepared[]>> pending = new java.util.ArrayDeque<>();
        private final int maxPending;
        private long[] persons = new long[BATCH];
        private long[] variants = new long[BATCH];
        private String[] spellings = new String[BATCH];
        private int buffered;
        private int stored;
        private boolean closed;

        private BulkLoad(int threads) {
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            workers = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "name-index-load-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            maxPending = threads * 4;
        }

        /** Queues a spelling; it is stored (replacing the same variant id) by the time {@link #close()} returns. */
        public void add(long personId, long variantId, String spelling) {
            if (closed) {
                throw new IllegalStateException("bulk load already closed");
            }
            persons[buffered] = personId;
            variants[buffered] = variantId;
            spellings[buffered] = spelling;
            if (++buffered == BATCH) {
                submit();
            }
        }

        private void submit() {
            long[] p = persons;
            long[] v = variants;
            String[] s = spellings;
            int count = buffered;
            pending.add(workers.submit(() -> {
                Prepared[] out = new Prepared[count];
                for (int i = 0; i < count; i++) {
                    out[i] = prepare(p[i], v[i], s[i]);
                }
                return out;
            }));
            persons = new long[BATCH];
            variants = new long[BATCH];
            spellings = new String[BATCH];
            buffered = 0;
            while (pending.size() > maxPending) {
                insertOldest();
            }
        }

        private void insertOldest() {
            Prepared[] batch;
            try {
                batch = pending.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bulk load interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("bulk load failed", e.getCause());
            }
            lock.writeLock().lock();
            try {
                for (Prepared prepared : batch) {
                    if (insert(prepared)) {
                        stored++;
                    }
                }
            } finally {
                lock.writeLock().unlock();
            }
        }

        /** Stores everything queued, compacts, and returns how many spellings had name content. */
        public int finish() {
            close();
            return stored;
        }

        /** Stores everything queued and compacts the index; on failure the rows not yet inserted are lost. */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (buffered > 0) {
                    submit();
                }
                while (!pending.isEmpty()) {
                    insertOldest();
                }
            } finally {
                pending.forEach(f -> f.cancel(true));
                workers.shutdownNow();
            }
            compact();
        }
    }

    /**
     * Normalises and profiles a spelling; touches no index state but the concurrent token dictionary and the cache of
     * recent spellings. Names repeat (namesakes, the same spelling imported for several people), and normalising is
     * most of the cost of loading a snapshot, so a spelling seen recently is not normalised again.
     */
    private Prepared prepare(long personId, long variantId, String spelling) {
        StoredReading[] readings = preparedSpellings.get(spelling);
        if (readings == null) {
            readings = readingsOf(spelling);
            if (preparedSpellings.size() >= PREPARED_CACHE_LIMIT) {
                preparedSpellings.clear(); // a cache, not state: dropping it only costs recomputation
            }
            preparedSpellings.put(spelling, readings);
        }
        return new Prepared(personId, variantId, spelling, readings.length == 0 ? null : readings);
    }

    /** The Latin readings of a spelling, profiled; empty when it has no name content. */
    private StoredReading[] readingsOf(String spelling) {
        NormalizedName normalized = normalizer.normalize(spelling);
        if (normalized.isEmpty()) {
            return new StoredReading[0];
        }
        StoredReading[] readings = new StoredReading[normalized.readings().size()];
        for (int r = 0; r < readings.length; r++) {
            NameReading reading = normalized.readings().get(r);
            List<NameToken> words = reading.tokens();
            TokenProfile[] profiles = new TokenProfile[words.size()];
            boolean[] surname = new boolean[profiles.length];
            for (int i = 0; i < profiles.length; i++) {
                String text = words.get(i).text();
                TokenProfile profile = tokens.get(text);
                profiles[i] = profile != null ? profile : tokens.computeIfAbsent(text, t -> new TokenProfile(t, equivalents));
                surname[i] = words.get(i).surname();
            }
            readings[r] = new StoredReading(profiles, surname, reading.how());
        }
        return readings;
    }

    /** Stores a prepared spelling; caller holds the write lock. */
    private boolean insert(Prepared p) {
        removeLocked(p.variantId());
        if (p.readings() == null) {
            return false;
        }
        int slot;
        if (freeSlots.size() > 0) {
            slot = freeSlots.get(freeSlots.size() - 1);
            freeSlots.removeLast();
        } else {
            slot = slotCount++;
        }
        if (slot >= slotCodes.length) {
            int grown = slotCodes.length * 2;
            slotPerson = java.util.Arrays.copyOf(slotPerson, grown);
            slotVariant = java.util.Arrays.copyOf(slotVariant, grown);
            slotSpelling = java.util.Arrays.copyOf(slotSpelling, grown);
            slotLength = java.util.Arrays.copyOf(slotLength, grown);
            slotCodes = java.util.Arrays.copyOf(slotCodes, grown);
        }
        TokenProfile[] distinct = distinctTokens(p.readings());
        for (TokenProfile t : distinct) {
            if (t != null && t.indexKeys == null) {
                register(t);
            }
        }
        slotPerson[slot] = p.personId();
        slotVariant[slot] = p.variantId();
        slotSpelling[slot] = p.spelling();
        slotLength[slot] = (short) Math.min(Short.MAX_VALUE, p.spelling().length());
        slotCodes[slot] = encode(p.readings());
        slotByVariant.put(p.variantId(), slot);
        int[] keys = new int[16];
        int keyCount = 0;
        for (int id : distinctTokenIds(slotCodes[slot])) {
            if (id < 0) {
                break;
            }
            TokenProfile t = dictionary[id];
            t.variants++;
            for (int k : t.indexKeys) {
                boolean seen = false;
                for (int j = 0; j < keyCount && !seen; j++) {
                    seen = keys[j] == k;
                }
                if (!seen) {
                    if (keyCount == keys.length) {
                        keys = java.util.Arrays.copyOf(keys, keyCount * 2);
                    }
                    keys[keyCount++] = k;
                }
            }
        }
        for (int j = 0; j < keyCount; j++) {
            postings.get(keys[j]).add(slot);
        }
        liveVariants++;
        generation++;
        return true;
    }

    private int[] encode(StoredReading[] readings) {
        int length = 0;
        for (StoredReading r : readings) {
            length += 1 + Math.min(255, r.tokens().length);
        }
        int[] codes = new int[length];
        int at = 0;
        for (StoredReading r : readings) {
            Integer how = howIds.get(r.how());
            if (how == null) {
                how = hows.size();
                hows.add(r.how());
                howIds.put(r.how(), how);
            }
            int count = Math.min(255, r.tokens().length);
            codes[at++] = how << 8 | count;
            for (int i = 0; i < count; i++) {
                codes[at++] = r.tokens()[i].id << 1 | (r.surname()[i] ? 1 : 0);
            }
        }
        return codes;
    }

    /** The stored variant in {@code slot} as records (for scoring and explanations); caller holds a lock. */
    StoredVariant variant(int slot) {
        int[] codes = slotCodes[slot];
        int readings = 0;
        for (int at = 0; at < codes.length; at += 1 + (codes[at] & 0xFF)) {
            readings++;
        }
        StoredReading[] out = new StoredReading[readings];
        int r = 0;
        for (int at = 0; at < codes.length; at += 1 + (codes[at] & 0xFF)) {
            int count = codes[at] & 0xFF;
            TokenProfile[] tokens = new TokenProfile[count];
            boolean[] surname = new boolean[count];
            for (int i = 0; i < count; i++) {
                int code = codes[at + 1 + i];
                tokens[i] = dictionary[code >>> 1];
                surname[i] = (code & 1) != 0;
            }
            out[r++] = new StoredReading(tokens, surname, hows.get(codes[at] >>> 8));
        }
        return new StoredVariant(slotPerson[slot], slotVariant[slot], slotSpelling[slot], out);
    }

    /** The distinct token profiles of a variant's readings (identity), null-terminated when fewer than the array. */
    private static TokenProfile[] distinctTokens(StoredReading[] readings) {
        int total = 0;
        for (StoredReading r : readings) {
            total += r.tokens().length;
        }
        TokenProfile[] out = new TokenProfile[total];
        int n = 0;
        for (StoredReading r : readings) {
            for (TokenProfile t : r.tokens()) {
                boolean seen = false;
                for (int j = 0; j < n && !seen; j++) {
                    seen = out[j] == t;
                }
                if (!seen) {
                    out[n++] = t;
                }
            }
        }
        return out;
    }

    /** Distinct dictionary ids in a slot's codes, -1-terminated when fewer than the array. */
    private static int[] distinctTokenIds(int[] codes) {
        int[] out = new int[codes.length];
        int n = 0;
        for (int at = 0; at < codes.length; at += 1 + (codes[at] & 0xFF)) {
            for (int i = 1; i <= (codes[at] & 0xFF); i++) {
                int id = codes[at + i] >>> 1;
                boolean seen = false;
                for (int j = 0; j < n && !seen; j++) {
                    seen = out[j] == id;
                }
                if (!seen) {
                    out[n++] = id;
                }
            }
        }
        if (n < out.length) {
            out[n] = -1;
        }
        return out;
    }

    /** True if a variant with this id is stored. */
    public boolean contains(long variantId) {
        lock.readLock().lock();
        try {
            return slotByVariant.get(variantId) >= 0;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * True if this variant id is stored with exactly this spelling, so re-adding it would change nothing
     * (the service uses it to skip change notifications it has already applied).
     */
    public boolean hasVariant(long variantId, String spelling) {
        lock.readLock().lock();
        try {
            int slot = slotByVariant.get(variantId);
            return slot >= 0 && slotSpelling[slot].equals(spelling);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** True if this variant id is stored for this person with exactly this spelling. */
    public boolean hasVariant(long variantId, long personId, String spelling) {
        lock.readLock().lock();
        try {
            int slot = slotByVariant.get(variantId);
            return slot >= 0 && slotPerson[slot] == personId && slotSpelling[slot].equals(spelling);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Removes a spelling; returns false if it was not indexed. */
    public boolean remove(long variantId) {
        lock.writeLock().lock();
        try {
            return removeLocked(variantId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private boolean removeLocked(long variantId) {
        int slot = slotByVariant.remove(variantId);
        if (slot < 0) {
            return false;
        }
        int[] codes = slotCodes[slot];
        int[] distinct = distinctTokenIds(codes);
        for (int id : distinct) {
            if (id < 0) {
                break;
            }
            TokenProfile t = dictionary[id];
            t.variants--;
            for (int k : t.indexKeys) {
                postings.get(k).remove(slot);
            }
        }
        slotCodes[slot] = null;
        slotSpelling[slot] = null;
        freeSlots.add(slot);
        liveVariants--;
        generation++;
        return true;
    }

    /**
     * A number that grows with every change to the index: an answer computed while it read {@code g} (taken before
     * the computation) is current as long as it still reads {@code g}.
     */
    public long generation() {
        return generation;
    }

    /** Number of indexed variants. */
    public int size() {
        lock.readLock().lock();
        try {
            return liveVariants;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Shrinks posting arrays after a bulk load; optional, saves memory. */
    public void compact() {
        lock.writeLock().lock();
        try {
            postings.forEach(IntList::trim);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Whether some stored spelling has a word that this word equals or, with {@code soundsLikeToo}, sounds like (same
     * consonant skeleton): a cheap first test, for text scanners, of whether a word may belong to a known name at all.
     */
    public boolean knowsWord(String word, boolean soundsLikeToo) {
        NormalizedName normalized = normalizer.normalize(word);
        if (normalized.isEmpty()) {
            return false;
        }
        return read(() -> {
            for (NameReading reading : normalized.readings()) {
                for (NameToken token : reading.tokens()) {
                    if (token.text().length() > 1 && knowsToken(profile(token.text()), soundsLikeToo)) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    private boolean knowsToken(TokenProfile p, boolean soundsLikeToo) {
        if (hasPostings("t:" + p.text)) {
            return true;
        }
        if (soundsLikeToo) {
            for (String s : p.keys().skeletons()) {
                if (hasPostings("k:" + s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasPostings(String key) {
        Integer id = keyIds.get(key);
        return id != null && postings.get(id).size() > 0;
    }

    /** Runs {@code work} under the read lock, so candidates and rarities come from one consistent state. */
    <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---- the methods below must be called inside read(...) ----

    /** The profile of a token, shared with the index when the token is known. */
    TokenProfile profile(String text) {
        TokenProfile known = tokens.get(text);
        if (known != null) {
            return known;
        }
        Map<String, TokenProfile> recent = transientProfiles;
        if (recent.size() > TRANSIENT_PROFILES) {
            olderTransientProfiles = recent; // a cache, not state: a race here only costs recomputation
            transientProfiles = recent = new ConcurrentHashMap<>();
        }
        TokenProfile profile = recent.get(text);
        if (profile == null) {
            TokenProfile older = olderTransientProfiles.get(text);
            profile = older != null ? older : new TokenProfile(text, equivalents);
            recent.put(text, profile);
        }
        return profile;
    }

    /** The profiles of a reading's words (see {@link #profile}). */
    TokenProfile[] profiles(NameReading reading) {
        TokenProfile[] profiles = new TokenProfile[reading.tokens().size()];
        for (int i = 0; i < profiles.length; i++) {
            profiles[i] = profile(reading.tokens().get(i).text());
        }
        return profiles;
    }

    /**
     * How informative a token is, in (0,1]: 1 for a token no stored variant has (or a unique one),
     * towards 0 for a token most variants share. A smoothed inverse document frequency.
     */
    double rarity(String text) {
        TokenProfile known = tokens.get(text);
        int df = known == null ? 0 : known.variants;
        double n = Math.max(liveVariants, 2);
        double r = Math.log(1 + n / (df + 0.5)) / Math.log(1 + n);
        return Math.max(0.08, Math.min(1.0, r));
    }

    /**
     * The stored variants most likely to match, best evidence first.
     *
     * @param queryReadings the query's readings; tokens at the same position in different readings are
     *                      alternatives of one written word and are credited once
     */
    List<StoredVariant> candidates(List<TokenProfile[]> queryReadings, int max) {
        Map<String, Integer> positionOf = new LinkedHashMap<>();
        for (TokenProfile[] reading : queryReadings) {
            for (int i = 0; i < reading.length; i++) {
                positionOf.putIfAbsent(reading[i].text, i);
            }
        }
        for (TokenProfile[] reading : queryReadings) {
            for (int i = 0; i + 1 < reading.length; i++) {
                // Two words the index may store as one ("Fakhr Zadeh" / "Fakhrzadeh"): credited apart from the words.
                if (reading[i].text.length() >= 2 && reading[i + 1].text.length() >= 2) {
                    positionOf.putIfAbsent(reading[i].text + reading[i + 1].text, JOINED_POSITION + i);
                }
            }
        }
        boolean onlyInitials = positionOf.keySet().stream().allMatch(t -> t.length() == 1);
        List<int[]> tokenKeys = new ArrayList<>();
        List<double[]> tokenKeyQuality = new ArrayList<>();
        List<Integer> tokenPosition = new ArrayList<>();
        List<Long> tokenTotal = new ArrayList<>();
        for (Map.Entry<String, Integer> q : positionOf.entrySet()) {
            if (q.getKey().length() == 1 && !onlyInitials) {
                continue;
            }
            Map<Integer, Double> quality = new LinkedHashMap<>();
            int[] keys = q.getValue() >= JOINED_POSITION ? joinedKeys(profile(q.getKey()), quality)
                    : lookupKeys(profile(q.getKey()), quality);
            long total = 0;
            for (int k : keys) {
                total += postings.get(k).size();
            }
            if (total > 0) {
                tokenKeys.add(keys);
                tokenKeyQuality.add(tieredQuality(keys, quality, total));
                tokenPosition.add(q.getValue());
                tokenTotal.add(total);
            }
        }
        Integer[] order = new Integer[tokenKeys.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(tokenTotal.get(a), tokenTotal.get(b)));
        SlotScores scores = SCRATCH_SCORES.get();
        scores.clear();
        double n = Math.max(liveVariants, 2);
        for (int o = 0; o < order.length; o++) {
            int idx = order[o];
            long total = tokenTotal.get(idx);
            double weight = Math.log(1 + n / total);
            int position = tokenPosition.get(idx);
            int[] keys = tokenKeys.get(idx);
            if (scores.size() > 0 && total > ADMIT_LIMIT && total > scores.size()) {
                // A common token ("Kim", "Muhammad"): walking its long posting lists costs more than checking
                // the variants already collected for it, so check those instead: through a bit set of its postings
                // while they are not much longer than the pool (sequential reads), else token by token.
                if (total <= MARK_PER_POOL_SLOT * (long) scores.size()) {
                    try (SlotBits has = slotsWithAny(keys)) {
                        scores.creditExisting(has::contains, position, weight);
                    }
                } else {
                    try (TokenFilter has = withAnyKey(keys)) {
                        scores.creditExisting(has::test, position, weight);
                    }
                }
                continue;
            }
            // When even the rarest word is common, admit only variants that also have another query word,
            // so the pool is the intersection rather than an arbitrary prefix of a long list.
            SlotBits others = total > ADMIT_LIMIT && o + 1 < order.length ? slotsWithAny(otherKeys(tokenKeys, order, o)) : null;
            boolean mayAdd = scores.size() < ADMIT_LIMIT || total <= SMALL_POSTING;
            double[] quality = tokenKeyQuality.get(idx);
            // Keys come closest first and a slot is credited once per query word, so it gets its best key's credit.
            for (int j = 0; j < keys.length; j++) {
                IntList list = postings.get(keys[j]);
                for (int i = 0, size = list.size(); i < size; i++) {
                    int slot = list.get(i);
                    if (others == null || others.contains(slot)) {
                        scores.credit(slot, position, weight * quality[j], mayAdd || others != null);
                    }
                }
            }
            if (others != null) {
                others.close();
            }
        }
        int[] top = scores.top(max);
        List<StoredVariant> out = new ArrayList<>(top.length);
        for (int slot : top) {
            out.add(variant(slot));
        }
        return out;
    }

    /** Per-thread accumulator of {@link #candidates}, reused across queries (it grows to the largest pool seen). */
    private static final ThreadLocal<SlotScores> SCRATCH_SCORES = ThreadLocal.withInitial(() -> new SlotScores(1024));

    /**
     * The credit of each key of a query word, relative to the word's weight (which its rarity over all its keys
     * gives): a variant reached through a close key is weighed by the rarity of the keys up to that one only. A rare
     * word whose skeleton is common ("Mahmoudi" sounds like every "Muhammad") is then rare where it matches exactly or
     * reads the same, and common only where it merely sounds alike.
     */
    private double[] tieredQuality(int[] keys, Map<Integer, Double> quality, long total) {
        double n = Math.max(liveVariants, 2);
        double weight = Math.log(1 + n / total);
        double[] out = new double[keys.length];
        long upTo = 0;
        for (int j = 0; j < keys.length; j++) {
            upTo += postings.get(keys[j]).size();
            out[j] = quality.get(keys[j]) * Math.log(1 + n / Math.max(1, upTo)) / weight;
        }
        return out;
    }

    /** Per-thread scratch for {@link TokenFilter}: one answer byte per dictionary id, reset after each use. */
    private static final ThreadLocal<byte[]> FILTER_SCRATCH = ThreadLocal.withInitial(() -> new byte[0]);

    /** A filter keeping the variants with a token that reaches any of {@code keys}. */
    private TokenFilter withAnyKey(int[] keys) {
        int[] wanted = keys.clone();
        java.util.Arrays.sort(wanted);
        return new TokenFilter(id -> {
            for (int k : dictionary[id].indexKeys) {
                if (java.util.Arrays.binarySearch(wanted, k) >= 0) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Per query: does a stored variant have a token satisfying a test? Remembers the answer per token (variants
     * walked share relatively few tokens) in a per-thread array indexed by token id. Must be {@link #close()
     * closed} to reset the scratch.
     */
    private final class TokenFilter implements AutoCloseable {
        private final java.util.function.IntPredicate tokenPasses;
        private final byte[] answers; // 0 = unknown, 1 = no, 2 = yes
        private final IntList touched = new IntList(64);

        TokenFilter(java.util.function.IntPredicate tokenPasses) {
            this.tokenPasses = tokenPasses;
            byte[] scratch = FILTER_SCRATCH.get();
            if (scratch.length < dictionarySize) {
                scratch = new byte[Math.max(dictionarySize + dictionarySize / 4, 1024)];
            }
            FILTER_SCRATCH.set(new byte[0]); // nested filters get their own array
            answers = scratch;
        }

        boolean test(int slot) {
            int[] codes = slotCodes[slot];
            for (int at = 0; at < codes.length; at += 1 + (codes[at] & 0xFF)) {
                for (int i = 1; i <= (codes[at] & 0xFF); i++) {
                    int id = codes[at + i] >>> 1;
                    byte answer = answers[id];
                    if (answer == 0) {
                        answer = tokenPasses.test(id) ? (byte) 2 : (byte) 1;
                        answers[id] = answer;
                        touched.add(id);
                    }
                    if (answer == 2) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public void close() {
            for (int i = 0; i < touched.size(); i++) {
                answers[touched.get(i)] = 0;
            }
            FILTER_SCRATCH.set(answers);
        }
    }

    /** The slots in any of these keys' postings (= the variants having a token that reaches one of them). */
    private SlotBits slotsWithAny(int[] keys) {
        SlotBits bits = new SlotBits(slotCount);
        for (int k : keys) {
            bits.mark(postings.get(k));
        }
        return bits;
    }

    private static int[] otherKeys(List<int[]> tokenKeys, Integer[] order, int current) {
        Set<Integer> all = new LinkedHashSet<>();
        for (int o = current + 1; o < order.length; o++) {
            for (int k : tokenKeys.get(order[o])) {
                all.add(k);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Index keys a query token reaches, closest evidence first: exact, equivalence groups, skeletons, skeletons
     * one edit away, split words. {@code quality} gets, per key, how much a variant found through it is credited
     * (a shared exact token says more than a shared skeleton), so a rare exact token is not drowned among the
     * hundreds of variants a loose key reaches.
     */
    private int[] lookupKeys(TokenProfile p, Map<Integer, Double> quality) {
        Map<Integer, Double> keys = quality;
        addKey(keys, "t:" + p.text, EXACT_KEY);
        for (int g : p.groups()) {
            addKey(keys, "g:" + g, GROUP_KEY);
        }
        for (String fine : postingTotal(keys.keySet()) < FUZZY_BELOW ? p.keys().fineForms() : new String[0]) {
            // Stored words that read the same once transliteration conventions are undone ("shaleesh" / "shalish").
            Set<String> same = tokensByFineForm.get(fine);
            if (same != null && same.size() <= SAME_READING_LIMIT) {
                for (String t : same) {
                    addKey(keys, "t:" + t, GROUP_KEY);
                }
            }
        }
        // Looser keys only while the exact ones find few variants: a common, correctly spelled token
        // ("min", "muhammad") would otherwise drag in every similar-sounding token's postings.
        if (postingTotal(keys.keySet()) < FUZZY_BELOW) {
            for (String s : p.keys().skeletons()) {
                addKey(keys, "k:" + s, SKELETON_KEY);
            }
        }
        if (postingTotal(keys.keySet()) < FUZZY_BELOW) {
            for (String s : p.keys().skeletons()) {
                if (s.length() < 3) {
                    continue;
                }
                for (String near : nearSkeletons(s)) {
                    addKey(keys, "k:" + near, NEAR_SKELETON_KEY);
                }
            }
        }
        String bare = ArabicCompounds.withoutArticle(p.text);
        if (bare != null) {
            // "alfayyadh": also the variants stored as "al-Fayyadh", whose article the normaliser split off.
            addKey(keys, "t:" + bare, GROUP_KEY);
            for (String s : PhoneticKeys.of(bare).skeletons()) {
                addKey(keys, "k:" + s, SKELETON_KEY);
            }
        }
        Integer exact = keyIds.get("t:" + p.text);
        if ((exact == null || !keys.containsKey(exact)) && p.text.length() >= 5) {
            // A word written together that the index knows apart: "jongun" = "jong" + "un". Most prefixes are no
            // stored word: the rest of the word is looked up (and cut out) only after one that is.
            for (int cut = 2; cut <= p.text.length() - 2; cut++) {
                TokenProfile left = tokens.get(p.text.substring(0, cut));
                TokenProfile right = left == null ? null : tokens.get(p.text.substring(cut));
                if (left != null && right != null) {
                    addKey(keys, "t:" + left.text, GROUP_KEY);
                    addKey(keys, "t:" + right.text, GROUP_KEY);
                }
            }
        }
        int[] out = new int[keys.size()];
        int i = 0;
        for (int k : keys.keySet()) {
            out[i++] = k;
        }
        return out;
    }

    /**
     * The keys a complete word of a prefix search walks: those of {@link #lookupKeys} without the readings that
     * only resolution needs (same fine form, article, split words), which would lengthen the walk.
     */
    private int[] prefixSearchKeys(TokenProfile p) {
        Map<Integer, Double> keys = new LinkedHashMap<>();
        addKey(keys, "t:" + p.text, EXACT_KEY);
        for (int g : p.groups()) {
            addKey(keys, "g:" + g, GROUP_KEY);
        }
        if (postingTotal(keys.keySet()) < FUZZY_BELOW) {
            for (String s : p.keys().skeletons()) {
                addKey(keys, "k:" + s, SKELETON_KEY);
            }
        }
        if (postingTotal(keys.keySet()) < FUZZY_BELOW) {
            for (String s : p.keys().skeletons()) {
                if (s.length() >= 3) {
                    for (String near : nearSkeletons(s)) {
                        addKey(keys, "k:" + near, NEAR_SKELETON_KEY);
                    }
                }
            }
        }
        for (int cut = 2; keys.isEmpty() && cut <= p.text.length() - 2; cut++) {
            TokenProfile left = tokens.get(p.text.substring(0, cut));
            TokenProfile right = tokens.get(p.text.substring(cut));
            if (left != null && right != null) {
                addKey(keys, "t:" + left.text, GROUP_KEY);
                addKey(keys, "t:" + right.text, GROUP_KEY);
            }
        }
        return keys.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Keys of two query words written together: stored words spelt or read the same, and long skeletons only, since
     * loose keys of an invented word would reach arbitrary variants and, being rare, weigh much.
     */
    private int[] joinedKeys(TokenProfile p, Map<Integer, Double> quality) {
        addKey(quality, "t:" + p.text, EXACT_KEY);
        for (String fine : p.keys().fineForms()) {
            Set<String> same = tokensByFineForm.get(fine);
            if (same != null && same.size() <= SAME_READING_LIMIT) {
                for (String t : same) {
                    addKey(quality, "t:" + t, GROUP_KEY);
                }
            }
        }
        // A long skeleton is specific enough to be a key even for an invented word: "Seltan Mohammedi" sounds like
        // the stored "Soltanmohammadi" in every consonant, however its vowels are written.
        for (String s : p.keys().skeletons()) {
            if (s.length() >= JOINED_SKELETON_MIN) {
                addKey(quality, "k:" + s, SKELETON_KEY);
            }
        }
        return quality.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    private long postingTotal(Set<Integer> keys) {
        long total = 0;
        for (int k : keys) {
            total += postings.get(k).size();
        }
        return total;
    }

    private void addKey(Map<Integer, Double> keys, String key, double quality) {
        Integer id = keyIds.get(key);
        if (id != null && postings.get(id).size() > 0) {
            keys.putIfAbsent(id, quality);
        }
    }

    /** Stored skeletons within one insertion, deletion or substitution of {@code skeleton}. */
    private Set<String> nearSkeletons(String skeleton) {
        Set<String> near = new LinkedHashSet<>();
        List<String> longer = skeletonsByDeletion.get(skeleton);
        if (longer != null) {
            near.addAll(longer);
        }
        for (String d : PhoneticKeys.deletions(skeleton)) {
            if (keyIds.containsKey("k:" + d)) {
                near.add(d);
            }
            List<String> substituted = skeletonsByDeletion.get(d);
            if (substituted != null) {
                for (String s : substituted) {
                    if (s.length() == skeleton.length() && PhoneticKeys.boundedLevenshtein(s, skeleton, 1) <= 1) {
                        near.add(s);
                    }
                }
            }
        }
        near.remove(skeleton);
        return near;
    }

    /** Gives a token its index keys (exact, skeletons, groups) on first storage; caller holds the write lock. */
    private void register(TokenProfile profile) {
        String text = profile.text;
        Set<Integer> ids = new LinkedHashSet<>();
        ids.add(keyId("t:" + text));
        if (!profile.isInitial()) {
            for (String s : profile.keys().skeletons()) {
                if (!keyIds.containsKey("k:" + s) && s.length() >= 4) {
                    for (String d : PhoneticKeys.deletions(s)) {
                        skeletonsByDeletion.computeIfAbsent(d, x -> new ArrayList<>(2)).add(s);
                    }
                }
                ids.add(keyId("k:" + s));
            }
            for (int g : profile.groups()) {
                ids.add(keyId("g:" + g));
            }
            String bare = ArabicCompounds.withoutArticle(text);
            if (bare != null) {
                // Stored "Aldabbas" is found by "al-Dabbas", whose article the normaliser split off.
                for (String s : PhoneticKeys.of(bare).skeletons()) {
                    ids.add(keyId("k:" + s));
                }
            }
        }
        for (String fine : profile.keys().fineForms()) {
            tokensByFineForm.computeIfAbsent(fine, x -> new LinkedHashSet<>(2)).add(text);
        }
        tokensByFineForm.computeIfAbsent(text, x -> new LinkedHashSet<>(2)).add(text);
        if (dictionarySize == dictionary.length) {
            dictionary = java.util.Arrays.copyOf(dictionary, dictionarySize * 2);
        }
        profile.id = dictionarySize;
        dictionary[dictionarySize++] = profile;
        profile.indexKeys = ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private int keyId(String key) {
        Integer id = keyIds.get(key);
        if (id == null) {
            id = postings.size();
            keyIds.put(key, id);
            postings.add(new IntList(2));
        }
        return id;
    }

    /**
     * Search-as-you-type: people having a name word that starts like the last word of {@code prefix}
     * (in any script or transliteration convention) and that contains the earlier, complete words.
     * Ranked by how much of the word is typed, then by shorter spelling.
     */
    public List<PrefixMatch> prefixSearch(String prefix, int limit) {
        NormalizedName normalized = normalizer.normalize(prefix);
        if (normalized.isEmpty() || limit <= 0) {
            return List.of();
        }
        return read(() -> {
            TopPeople best = new TopPeople(limit);
            for (NameReading reading : normalized.readings()) {
                searchReading(reading.tokens(), best);
            }
            List<PrefixMatch> out = new ArrayList<>(best.size());
            for (int position : best.bestFirst()) {
                int slot = best.slot(position);
                out.add(new PrefixMatch(slotPerson[slot], slotVariant[slot], slotSpelling[slot], best.rank(position)));
            }
            return out;
        });
    }

    /** Offers the variants matching one reading of the typed text: its complete words, then a word being typed. */
    private void searchReading(List<NameToken> words, TopPeople best) {
        List<TokenProfile> complete = new ArrayList<>();
        for (int i = 0; i < words.size() - 1; i++) {
            complete.add(profile(words.get(i).text()));
        }
        Completions completions = completionsOf(words.get(words.size() - 1).text());
        if (completions.ids.length == 0) {
            return;
        }
        int[] anchorKeys = complete.isEmpty() ? null : cheapestKeys(complete);
        long completionPostings = 0;
        for (int id : completions.ids) {
            completionPostings += postings.get(dictionary[id].indexKeys[0]).size();
        }
        List<TokenFilter> hasComplete = new ArrayList<>();
        TokenSimilarity similarity = new TokenSimilarity(equivalents);
        for (TokenProfile word : complete) {
            hasComplete.add(new TokenFilter(id -> similarity.compare(word, dictionary[id]).similarity() >= 0.8));
        }
        long anchorPostings = anchorKeys == null ? Long.MAX_VALUE : postingTotal(anchorKeys);
        try {
            if (anchorPostings <= Math.min(completionPostings, ANCHOR_WALK_LIMIT)) {
                walkAnchor(anchorKeys, completions, hasComplete, best);
            } else if (anchorPostings < completionPostings) {
                // Both long ("Jung C"): walking every Jung for a C-word missed a cache line per variant. Completions
                // come best first, so their walk stops once no later one can enter; a bit per anchored variant
                // (a cached read) keeps it to the variants with the complete words.
                try (SlotBits anchored = slotsWithAny(anchorKeys)) {
                    walkCompletions(completions, anchored, hasComplete, best);
                }
            } else {
                walkCompletions(completions, null, hasComplete, best);
            }
        } finally {
            for (int i = hasComplete.size() - 1; i >= 0; i--) {
                hasComplete.get(i).close();
            }
        }
    }

    /** Few variants have the typed complete words: walk those, keep the ones with a completion. */
    private void walkAnchor(int[] anchorKeys, Completions completions, List<TokenFilter> hasComplete, TopPeople best) {
        try (TokenFilter hasCompletion = new TokenFilter(id -> completions.rankOf(id) >= 0)) {
            for (int k : anchorKeys) {
                IntList list = postings.get(k);
                for (int i = 0, size = list.size(); i < size; i++) {
                    int slot = list.get(i);
                    if (hasCompletion.test(slot) && passesAll(hasComplete, slot)) {
                        best.offer(slotPerson[slot], slot, completionRank(slot, completions) - slotLength[slot] * 0.001);
                    }
                }
            }
        }
    }

    /** The variants of each completion, best completion first, until no later one can enter the top list. */
    private void walkCompletions(Completions completions, SlotBits anchored, List<TokenFilter> hasComplete, TopPeople best) {
        for (int c = 0; c < completions.ids.length; c++) {
            double tokenRank = completions.ranks[c];
            if (tokenRank < best.floor()) {
                break; // every later completion ranks below the current top list
            }
            IntList list = postings.get(dictionary[completions.ids[c]].indexKeys[0]);
            for (int i = 0, size = list.size(); i < size; i++) {
                int slot = list.get(i);
                double rank = tokenRank - slotLength[slot] * 0.001;
                if ((anchored == null || anchored.contains(slot)) && rank >= best.floor() && passesAll(hasComplete, slot)) {
                    best.offer(slotPerson[slot], slot, rank);
                }
            }
        }
    }

    private static boolean passesAll(List<TokenFilter> filters, int slot) {
        for (TokenFilter f : filters) {
            if (!f.test(slot)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Stored tokens completing a typed word, by dictionary id, with their rank (the share of the token typed), best
     * first; {@link #rankOf} looks one up by id.
     */
    private record Completions(int[] ids, double[] ranks, int[] idsSorted, double[] ranksByIdSorted) {
        double rankOf(int id) {
            int at = java.util.Arrays.binarySearch(idsSorted, id);
            return at >= 0 ? ranksByIdSorted[at] : -1;
        }
    }

    private Completions completionsOf(String typed) {
        List<long[]> found = new ArrayList<>();
        for (Map.Entry<String, Integer> c : completions(typed).entrySet()) {
            TokenProfile t = tokens.get(c.getKey());
            if (t != null && t.indexKeys != null && t.variants > 0) {
                found.add(new long[] {t.id, Double.doubleToLongBits(c.getValue() / (double) t.text.length())});
            }
        }
        found.sort((x, y) -> Double.compare(Double.longBitsToDouble(y[1]), Double.longBitsToDouble(x[1])));
        int[] ids = new int[found.size()];
        double[] ranks = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = (int) found.get(i)[0];
            ranks[i] = Double.longBitsToDouble(found.get(i)[1]);
        }
        found.sort((x, y) -> Long.compare(x[0], y[0]));
        int[] idsSorted = new int[ids.length];
        double[] ranksSorted = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            idsSorted[i] = (int) found.get(i)[0];
            ranksSorted[i] = Double.longBitsToDouble(found.get(i)[1]);
        }
        return new Completions(ids, ranks, idsSorted, ranksSorted);
    }

    /** The best rank of a completion token the slot has, or -1. */
    private double completionRank(int slot, Completions completions) {
        int[] codes = slotCodes[slot];
        double best = -1;
        for (int at = 0; at < codes.length; at += 1 + (codes[at] & 0xFF)) {
            for (int i = 1; i <= (codes[at] & 0xFF); i++) {
                best = Math.max(best, completions.rankOf(codes[at + i] >>> 1));
            }
        }
        return best;
    }

    /** The keys of the complete word with the fewest postings (every match must have that word). */
    private int[] cheapestKeys(List<TokenProfile> complete) {
        int[] cheapest = null;
        long cheapestTotal = Long.MAX_VALUE;
        for (TokenProfile word : complete) {
            int[] keys = prefixSearchKeys(word);
            long total = postingTotal(keys);
            if (total < cheapestTotal) {
                cheapest = keys;
                cheapestTotal = total;
            }
        }
        return cheapest;
    }

    private long postingTotal(int[] keys) {
        long total = 0;
        for (int k : keys) {
            total += postings.get(k).size();
        }
        return total;
    }

    /** Indexed tokens completing {@code prefix} under some spelling convention, with the matched length. */
    private Map<String, Integer> completions(String prefix) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Set<String> forms = new LinkedHashSet<>();
        forms.add(prefix);
        for (String f : PhoneticKeys.of(prefix).fineForms()) {
            forms.add(f);
        }
        for (String form : forms) {
            NavigableMap<String, Set<String>> range = tokensByFineForm.subMap(form, true, form + Character.MAX_VALUE, false);
            int seen = 0;
            for (Set<String> texts : range.values()) {
                for (String t : texts) {
                    out.merge(t, form.length(), Math::max);
                }
                if (++seen >= 200) {
                    break;
                }
            }
        }
        return out;
    }

    // ---- snapshot (see NameIndexSnapshot): the derived state, written and restored without normalising ----

    /**
     * Writes everything the index derived from its spellings, under the read lock, column by column so that it reads
     * back in bulk. Slots keep their numbers (free ones included), so candidates tie-break exactly as before; the
     * caches ({@code preparedSpellings}, {@code transientProfiles}) are not state. A field added to this class must be
     * written here and read in {@link #readState} ({@code NameIndexSnapshotTest} fails until it is).
     */
    void writeState(NameIndexSnapshot.Out out) throws java.io.IOException {
        lock.readLock().lock();
        try {
            out.putInt(hows.size());
            for (String how : hows) {
                out.putString(how);
            }
            out.putInt(dictionarySize);
            int[] counts = new int[dictionarySize];
            for (int id = 0; id < dictionarySize; id++) {
                TokenProfile t = dictionary[id];
                out.putString(t.text);
                counts[id] = t.variants;
            }
            out.putInts(counts, 0, dictionarySize);
            for (int id = 0; id < dictionarySize; id++) {
                out.putInt(dictionary[id].indexKeys.length);
                out.putInts(dictionary[id].indexKeys, 0, dictionary[id].indexKeys.length);
            }
            String[] keyNames = new String[postings.size()];
            keyIds.forEach((key, id) -> keyNames[id] = key);
            out.putInt(keyNames.length);
            for (int k = 0; k < keyNames.length; k++) {
                out.putString(keyNames[k]);
                IntList list = postings.get(k);
                out.putInt(list.size());
                out.putInts(list.array(), 0, list.size());
            }
            out.putInt(skeletonsByDeletion.size());
            for (Map.Entry<String, List<String>> e : skeletonsByDeletion.entrySet()) {
                out.putString(e.getKey());
                out.putInt(e.getValue().size());
                for (String s : e.getValue()) {
                    out.putString(s);
                }
            }
            out.putInt(tokensByFineForm.size());
            for (Map.Entry<String, Set<String>> e : tokensByFineForm.entrySet()) {
                out.putString(e.getKey());
                out.putInt(e.getValue().size());
                for (String text : e.getValue()) {
                    out.putInt(tokens.get(text).id);
                }
            }
            out.putInt(slotCount);
            int[] lengths = new int[slotCount];
            for (int slot = 0; slot < slotCount; slot++) {
                lengths[slot] = slotCodes[slot] == null ? -1 : slotCodes[slot].length;
            }
            out.putInts(lengths, 0, slotCount);
            out.putLongs(slotPerson, slotCount);
            out.putLongs(slotVariant, slotCount);
            for (int slot = 0; slot < slotCount; slot++) {
                if (slotCodes[slot] != null) {
                    out.putInts(slotCodes[slot], 0, slotCodes[slot].length);
                }
            }
            for (int slot = 0; slot < slotCount; slot++) {
                if (slotCodes[slot] != null) {
                    out.putString(slotSpelling[slot]);
                }
            }
            out.putInt(freeSlots.size());
            out.putInts(freeSlots.array(), 0, freeSlots.size());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Computes every stored word's phonetic keys and groups that a snapshot's load deferred, so that the first
     * queries after a start do not pay for them. Runs without the lock: profiles compute themselves idempotently.
     */
    public void completeProfiles() {
        TokenProfile[] words;
        int count;
        lock.readLock().lock();
        try {
            words = dictionary;
            count = dictionarySize;
        } finally {
            lock.readLock().unlock();
        }
        for (int id = 0; id < count && id < words.length; id++) {
            TokenProfile word = words[id];
            if (word != null) {
                word.keys();
            }
        }
    }

    /** Fills this new, empty index from what {@link #writeState} wrote. */
    void readState(NameIndexSnapshot.In in) throws java.io.IOException {
        lock.writeLock().lock();
        try {
            if (slotCount != 0 || dictionarySize != 0) {
                throw new IllegalStateException("restore into an empty index only");
            }
            int howCount = in.getCount(1 << 20);
            for (int i = 0; i < howCount; i++) {
                String how = in.getString();
                howIds.put(how, hows.size());
                hows.add(how);
            }
            int tokenCount = in.getCount(Integer.MAX_VALUE - 8);
            String[] texts = new String[tokenCount];
            for (int id = 0; id < tokenCount; id++) {
                texts[id] = in.getString();
            }
            // The words' phonetic keys and given-name groups, the one computation left, wait until the index is in
            // service (completeProfiles) or a comparison needs them.
            TokenProfile[] profiles = new TokenProfile[tokenCount];
            for (int id = 0; id < tokenCount; id++) {
                profiles[id] = TokenProfile.deferred(texts[id], equivalents);
            }
            int[] variants = in.getInts(tokenCount);
            int[][] indexKeys = new int[tokenCount][];
            for (int id = 0; id < tokenCount; id++) {
                indexKeys[id] = in.getInts(in.getCount(Integer.MAX_VALUE - 8));
            }
            int keyCount = in.getCount(Integer.MAX_VALUE - 8);
            postings.ensureCapacity(keyCount);
            for (int k = 0; k < keyCount; k++) {
                keyIds.put(in.getString(), k);
                postings.add(IntList.of(in.getInts(in.getCount(Integer.MAX_VALUE - 8))));
            }
            int deletions = in.getCount(Integer.MAX_VALUE - 8);
            for (int i = 0; i < deletions; i++) {
                String key = in.getString();
                int n = in.getCount(Integer.MAX_VALUE - 8);
                List<String> skeletons = new ArrayList<>(n);
                for (int j = 0; j < n; j++) {
                    skeletons.add(in.getString());
                }
                skeletonsByDeletion.put(key, skeletons);
            }
            int fineForms = in.getCount(Integer.MAX_VALUE - 8);
            List<Map.Entry<String, Set<String>>> sorted = new ArrayList<>(fineForms);
            for (int i = 0; i < fineForms; i++) {
                String key = in.getString();
                int n = in.getCount(tokenCount);
                Set<String> same = new LinkedHashSet<>(Math.max(2, n * 2));
                for (int j = 0; j < n; j++) {
                    same.add(texts[in.getCount(tokenCount - 1)]);
                }
                sorted.add(Map.entry(key, same));
            }
            tokensByFineForm.putAll(new NameIndexSnapshot.Sorted<>(sorted)); // linear: built from sorted entries
            int slots = in.getCount(Integer.MAX_VALUE - 8);
            int capacity = Math.max(1024, Integer.highestOneBit(Math.max(1, slots)) << 1);
            int[] lengths = in.getInts(slots);
            slotPerson = java.util.Arrays.copyOf(in.getLongs(slots), capacity);
            slotVariant = java.util.Arrays.copyOf(in.getLongs(slots), capacity);
            long[] variantOf = slotVariant;
            // The variant-to-slot map on another core, while this thread reads the readings and spellings.
            java.util.concurrent.CompletableFuture<Integer> mapped = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                int live = 0;
                for (int slot = 0; slot < slots; slot++) {
                    if (lengths[slot] >= 0) {
                        slotByVariant.put(variantOf[slot], slot);
                        live++;
                    }
                }
                return live;
            });
            slotCodes = new int[capacity][];
            for (int slot = 0; slot < slots; slot++) {
                if (lengths[slot] >= 0) {
                    slotCodes[slot] = in.getInts(lengths[slot]);
                }
            }
            slotSpelling = new String[capacity];
            slotLength = new short[capacity];
            for (int slot = 0; slot < slots; slot++) {
                if (lengths[slot] >= 0) {
                    String spelling = in.getString();
                    slotSpelling[slot] = spelling;
                    slotLength[slot] = (short) Math.min(Short.MAX_VALUE, spelling.length());
                }
            }
            for (int free : in.getInts(in.getCount(Integer.MAX_VALUE - 8))) {
                freeSlots.add(free);
            }
            slotCount = slots;
            liveVariants = mapped.join();
            dictionary = new TokenProfile[Math.max(1024, tokenCount + tokenCount / 4)];
            for (int id = 0; id < tokenCount; id++) {
                TokenProfile t = profiles[id];
                t.id = id;
                t.variants = variants[id];
                t.indexKeys = indexKeys[id];
                dictionary[id] = t;
                tokens.put(t.text, t);
            }
            dictionarySize = tokenCount;
        } finally {
            lock.writeLock().unlock();
        }
    }
}

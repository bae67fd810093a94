package io.canonym.resolution;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.canonym.common.ApiException;
import io.canonym.common.ErrorCode;
import io.canonym.name.NameIndex;
import io.canonym.name.NameResolver;
import io.canonym.name.PrefixMatch;
import io.canonym.name.Resolution;
import io.canonym.person.SpellingsChanged;

/**
 * The in-memory index of every spelling in the database, shared by all requests. {@link VariantChangeListener}
 * fills it at start and keeps it in step with the database; services add what they commit at once, so that a
 * spelling taught through this instance resolves on the very next request.
 */
@ApplicationScoped
public class NameIndexHolder {

    private static final Duration READY_WAIT = Duration.ofSeconds(30);

    private volatile NameIndex index = new NameIndex();
    private volatile NameResolver resolver = new NameResolver(index);
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final ResolutionCache<Resolution> cache;
    /** Whether the index knows a word: the gazetteer asks it of nearly every word of every article. */
    private final ResolutionCache<Boolean> knownWords;
    /**
     * Spellings a transaction of this instance wrote and will index itself once it commits: the change log may bring
     * them to the feed first (it reads as soon as the commit is visible), which would normalise them twice.
     */
    private final Map<Long, SpellingsChanged.Spelling> indexedAtCommit = new ConcurrentHashMap<>();

    NameIndexHolder(@ConfigProperty(name = "canonym.resolution.cache-size", defaultValue = "20000") int cacheSize) {
        this.cache = new ResolutionCache<>(cacheSize);
        this.knownWords = new ResolutionCache<>(cacheSize * 5);
    }

    public Resolution resolve(String name, int limit) {
        awaitLoaded();
        NameResolver current = resolver;
        return cache.get(current.index(), ResolutionCache.key(name, limit), () -> current.resolve(name, limit));
    }

    /** Whether a stored spelling has this word or one that sounds like it (see {@link NameIndex#knowsWord}). */
    public boolean knowsWord(String word, boolean soundsLikeToo) {
        awaitLoaded();
        NameIndex current = index;
        return knownWords.get(current, (soundsLikeToo ? "s\u0000" : "w\u0000") + word, () -> current.knowsWord(word, soundsLikeToo));
    }

    public List<PrefixMatch> prefixSearch(String prefix, int limit) {
        awaitLoaded();
        return index.prefixSearch(prefix, limit);
    }

    /** A spelling added in the database, as the change log tells; skipped if this instance indexed it already. */
    public void add(long personId, long variantId, String spelling) {
        if (!new SpellingsChanged.Spelling(personId, variantId, spelling).equals(indexedAtCommit.get(variantId))
                && !index.hasVariant(variantId, personId, spelling)) {
            index.add(personId, variantId, spelling);
        }
    }

    public void remove(long variantId) {
        index.remove(variantId);
    }

    /** Inside the writing transaction: the feed leaves these to {@link #onCommitted}. */
    void onWritten(@Observes SpellingsChanged change) {
        change.added().forEach(s -> indexedAtCommit.put(s.variantId(), s));
    }

    void onRolledBack(@Observes(during = TransactionPhase.AFTER_FAILURE) SpellingsChanged change) {
        change.added().forEach(s -> indexedAtCommit.remove(s.variantId()));
    }

    /** Spellings this instance committed are indexed before the mutation answers. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SpellingsChanged change) {
        NameIndex current = index;
        change.removedVariantIds().forEach(current::remove);
        change.added().forEach(s -> {
            // The feed may have applied the change already (it is logged at commit too); adding again would
            // replace the variant, which scans the posting lists of its words: long ones for common names.
            if (!current.hasVariant(s.variantId(), s.personId(), s.spelling())) {
                current.add(s.personId(), s.variantId(), s.spelling());
            }
            indexedAtCommit.remove(s.variantId());
        });
    }

    public boolean isLoaded() {
        return loaded.getCount() == 0;
    }

    public int size() {
        return index.size();
    }

    /** Swaps in a freshly built index (at start, and after the change feed was interrupted). */
    void replace(NameIndex fresh) {
        index = fresh;
        resolver = new NameResolver(fresh);
        loaded.countDown();
    }

    private void awaitLoaded() {
        try {
            if (!loaded.await(READY_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiException(ErrorCode.INTERNAL, "The name index is still loading; try again shortly", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ErrorCode.INTERNAL, "Interrupted while waiting for the name index", null);
        }
    }
}

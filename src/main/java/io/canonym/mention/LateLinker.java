package io.canonym.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.canonym.name.Decision;
import io.canonym.name.GivenNameEquivalents;
import io.canonym.name.NameIndex;
import io.canonym.name.NameNormalizer;
import io.canonym.name.NameResolver;
import io.canonym.person.SpellingsChanged;

/**
 * Late knowledge: when spellings are added (a new person, an import, an editor's variant), mentions stored before
 * that and still open may now resolve. Runs in the background, after the mutation has answered: the new spellings
 * are indexed on their own, every distinct open spelling is tried against that small index (cheap, and it finds
 * what the new people could possibly explain), and only the articles with such spellings are read again, each in a
 * transaction of its own so that an editor's concurrent decision costs at most one article's retry.
 */
@ApplicationScoped
public class LateLinker {

    private static final Logger LOG = Logger.getLogger(LateLinker.class);
    /** Changes arriving within this many milliseconds are handled together (an import fires many). */
    private static final long SETTLE_MILLIS = 150;

    @Inject
    MentionService mentions;

    private final Queue<SpellingsChanged.Spelling> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final NameNormalizer normalizer = new NameNormalizer();
    private final GivenNameEquivalents equivalents = GivenNameEquivalents.standard();
    private ScheduledExecutorService worker;

    @PostConstruct
    void start() {
        worker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "late-linker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SpellingsChanged change) {
        if (!change.added().isEmpty()) {
            pending.addAll(change.added());
            scheduleDrain();
        }
    }

    private void scheduleDrain() {
        if (scheduled.compareAndSet(false, true)) {
            worker.schedule(this::drain, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Waits until no change is waiting or being handled (for tests and orderly shutdown); false on timeout. */
    public boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (scheduled.get() || running.get() || !pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private void drain() {
        running.set(true);
        scheduled.set(false);
        List<SpellingsChanged.Spelling> batch = new ArrayList<>();
        for (SpellingsChanged.Spelling s; (s = pending.poll()) != null; ) {
            batch.add(s);
        }
        try {
            if (!batch.isEmpty()) {
                relinkFor(batch);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Late linking of %d new spellings failed; their mentions stay open until the next change", batch.size());
        } finally {
            if (!pending.isEmpty()) {
                scheduleDrain();
            }
            running.set(false);
        }
    }

    private void relinkFor(List<SpellingsChanged.Spelling> spellings) {
        long started = System.nanoTime();
        // Built at the first open spelling: a bulk import into a newsroom with nothing open indexes nothing twice.
        NameResolver[] near = new NameResolver[1];
        List<String> affected = new ArrayList<>();
        mentions.forEachOpenSpelling((normalized, text) -> {
            if (near[0] == null) {
                near[0] = resolverOf(spellings);
            }
            if (near[0].resolve(text, 1).decision() != Decision.NO_MATCH) {
                affected.add(normalized);
            }
        });
        int changed = 0;
        List<Long> articles = mentions.articlesWithOpenMentions(affected);
        for (long articleId : articles) {
            try {
                changed += mentions.relink(articleId);
            } catch (RuntimeException e) { // most likely an editor's concurrent decision on the same mention
                LOG.debugf(e, "Late linking skipped article %d", articleId);
            }
        }
        LOG.debugf("Late linking: %d new spellings, %d open spellings affected, %d articles read again, %d mentions changed in %d ms",
                spellings.size(), affected.size(), articles.size(), changed, (System.nanoTime() - started) / 1_000_000);
    }

    private NameResolver resolverOf(List<SpellingsChanged.Spelling> spellings) {
        NameIndex newcomers = new NameIndex(normalizer, equivalents);
        spellings.forEach(s -> newcomers.add(s.personId(), s.variantId(), s.spelling()));
        return new NameResolver(newcomers);
    }
}

package io.canonym.mention;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.canonym.mention.detect.DetectedName;
import io.canonym.mention.detect.MentionDetector;
import io.canonym.mention.link.ArticleFacts;
import io.canonym.mention.link.LinkedMention;
import io.canonym.mention.link.MentionLinker;
import io.canonym.name.NameIndex;
import io.canonym.name.Resolution;
import io.canonym.name.eval.SyntheticPeople;
import io.canonym.resolution.NameIndexHolder;

/**
 * The CPU an article costs between its body and its linked mentions (detection, trimming, resolution, linking), in
 * process and without HTTP or the database: {@link MentionService#analyse}'s path with no descriptions or rejected
 * pairs, over {@link IngestionBenchmark}'s articles and people. Prints a digest of every linked mention, so that a
 * faster build can be shown to answer the same. Opt-in:
 *
 * <pre>./mvnw test -Dtest=IngestionPathBenchmark -Dcanonym.benchmark=true [-DPEOPLE=100000 -DARTICLES=3000 -DROUNDS=3]</pre>
 */
@EnabledIfSystemProperty(named = "canonym.benchmark", matches = "true")
class IngestionPathBenchmark {

    @Test
    void analysesArticles() throws Exception {
        int peopleCount = Integer.getInteger("PEOPLE", 100_000);
        int articleCount = Integer.getInteger("ARTICLES", 3_000);
        int rounds = Integer.getInteger("ROUNDS", 3);
        List<SyntheticPeople.Person> cast = new SyntheticPeople(42).generate(peopleCount);
        NameIndex index = new NameIndex();
        long variantId = 1;
        try (NameIndex.BulkLoad load = index.bulkLoad()) {
            for (SyntheticPeople.Person p : cast) {
                for (String spelling : new String[] {p.canonical(), p.nativeName(), p.variants().get(0)}) {
                    if (spelling != null) {
                        load.add(p.id(), variantId++, spelling);
                    }
                }
            }
        }
        index.compact();
        Random random = new Random(7);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < articleCount; i++) {
            bodies.add(IngestionBenchmark.article(random, cast));
        }
        MentionLinker linker = new MentionLinker();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            // A fresh holder each round: the resolution cache starts empty, as for articles naming new people.
            NameIndexHolder holder = holder(index);
            long digest = 1;
            int mentions = 0, linked = 0;
            java.util.Arrays.fill(PHASES, 0);
            // Allocation, unlike CPU time, does not depend on the neighbours on a shared machine.
            com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
            long allocated = allocation.getThreadAllocatedBytes(Thread.currentThread().getId());
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (String body : bodies) {
                for (LinkedMention m : analyse(holder, linker, body)) {
                    digest = digest * 31 + m.toString().hashCode();
                    mentions++;
                    linked += m.status() == MentionStatus.LINKED ? 1 : 0;
                }
            }
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            double allocatedKb = (allocation.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocated) / 1024.0;
            double wallMs = (System.nanoTime() - wall) / 1e6;
            System.out.printf(Locale.ROOT, "[path] round %d: %d articles, %d mentions (%d LINKED), digest %016x; CPU %.2f ms, wall %.2f ms, %.0f KB allocated an article%n",
                    round, bodies.size(), mentions, linked, digest, cpuMs / bodies.size(), wallMs / bodies.size(), allocatedKb / bodies.size());
            System.out.printf(Locale.ROOT, "[path]   CPU an article: detect %.2f ms, trim %.2f ms, resolve and link %.2f ms%n",
                    PHASES[0] / 1e6 / bodies.size(), PHASES[1] / 1e6 / bodies.size(), PHASES[2] / 1e6 / bodies.size());
        }
    }

    /** CPU nanoseconds spent in detection, trimming, and resolving and linking, over a round. */
    private static final long[] PHASES = new long[3];

    /** {@link MentionService#analyse} for one body, without the database's facts. */
    private static List<LinkedMention> analyse(NameIndexHolder holder, MentionLinker linker, String body) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        IndexGazetteer gazetteer = new IndexGazetteer(holder);
        List<DetectedName> detected = new MentionDetector(gazetteer).detect(body);
        long t1 = threads.getCurrentThreadCpuTime();
        List<DetectedName> names = detected.stream().map(name -> StrayEdgeWords.trim(name, gazetteer::resolve)).toList();
        long t2 = threads.getCurrentThreadCpuTime();
        Map<String, Resolution> resolutions = new HashMap<>();
        linker.queries(names).forEach(q -> resolutions.put(q, gazetteer.resolve(q)));
        List<LinkedMention> linked = linker.link(body, names, q -> resolutions.computeIfAbsent(q, gazetteer::resolve), ArticleFacts.NONE);
        long t3 = threads.getCurrentThreadCpuTime();
        PHASES[0] += t1 - t0;
        PHASES[1] += t2 - t1;
        PHASES[2] += t3 - t2;
        return linked;
    }

    /** The service's holder (with its resolution cache) around this index; its constructor is the container's. */
    private static NameIndexHolder holder(NameIndex index) throws Exception {
        var constructor = NameIndexHolder.class.getDeclaredConstructor(int.class);
        constructor.setAccessible(true);
        NameIndexHolder holder = constructor.newInstance(20_000);
        var replace = NameIndexHolder.class.getDeclaredMethod("replace", NameIndex.class);
        replace.setAccessible(true);
        replace.invoke(holder, index);
        return holder;
    }
}

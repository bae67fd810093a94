package io.canonym.name.eval;

import io.canonym.name.NameIndex;
import io.canonym.name.NameResolver;
import io.canonym.name.Resolution;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Loads N synthetic people (canonical + native-script name + one variant each) into a {@link NameIndex}
 * and reports heap, build time and query latency. Command in docs/name-resolution.md.
 */
public final class NameIndexBenchmark {
    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        SyntheticPeople generator = new SyntheticPeople(42);
        List<SyntheticPeople.Person> all = generator.generate(people);
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        // "bulk" (default): NameIndex.bulkLoad(), as a service snapshot should load; "add": one add() per row
        boolean perRow = args.length > 2 && "add".equals(args[2]);
        NameIndex index = new NameIndex();
        long variantId = 1;
        try (NameIndex.BulkLoad load = index.bulkLoad()) {
            for (SyntheticPeople.Person p : all) {
                for (String spelling : new String[] {p.canonical(), p.nativeName(), p.variants().get(0)}) {
                    if (spelling == null) {
                        continue;
                    }
                    if (perRow) {
                        index.add(p.id(), variantId++, spelling);
                    } else {
                        load.add(p.id(), variantId++, spelling);
                    }
                }
            }
        }
        index.compact();
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        long heap = usedHeap() - heapBefore;
        System.out.printf(Locale.ROOT, "people=%d variants=%d build(" + (perRow ? "add" : "bulkLoad") + ")=%d ms heap(index)=%d MB%n", people, index.size(), buildMs,
                heap / (1024 * 1024));
        NameResolver resolver = new NameResolver(index);
        Random random = new Random(7);
        // warm-up, then measure on other people: queries use a variant that was NOT indexed (a typo, another
        // convention, an initial) or the native-script name
        for (int i = 0; i < 3000; i++) {
            resolver.resolve(all.get(random.nextInt(all.size())).canonical(), 5);
        }
        long[] latency = new long[queries];
        // CPU time too: on a shared, overloaded machine the wall-clock tail is mostly time spent descheduled
        long[] cpu = new long[queries];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        String[] asked = new String[queries];
        int top1 = 0;
        for (int i = 0; i < queries; i++) {
            SyntheticPeople.Person p = all.get(random.nextInt(all.size()));
            List<String> forms = p.variants().subList(1, p.variants().size());
            String q = forms.get(random.nextInt(forms.size()));
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            Resolution r = resolver.resolve(q, 5);
            latency[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
            asked[i] = q;
            // synthetic names repeat (namesakes), so a top candidate with the same canonical name is correct
            if (!r.candidates().isEmpty()
                    && all.get((int) r.candidates().get(0).personId() - 1).canonical().equals(p.canonical())) {
                top1++;
            }
        }
        resolveListed(resolver, threads, Math.min(queries, 5000));
        printSlowest("resolve", latency, asked);
        // the mean, not the median, bounds throughput: one core serves at most 1000 / mean-CPU-ms queries a second
        System.out.printf(Locale.ROOT, "resolve: mean=%.2f ms, mean CPU=%.2f ms%n", Arrays.stream(latency).average().orElse(0) / 1e6,
                Arrays.stream(cpu).average().orElse(0) / 1e6);
        printSlowest("resolve (CPU)", cpu, asked);
        Arrays.sort(latency);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "resolve: queries=%d p50=%.2f ms p99=%.2f ms top1(person or exact namesake)=%.1f%%%n",
                queries, latency[queries / 2] / 1e6, latency[(int) (queries * 0.99)] / 1e6, 100.0 * top1 / queries);
        System.out.printf(Locale.ROOT, "resolve CPU time: p50=%.2f ms p99=%.2f ms%n", cpu[queries / 2] / 1e6,
                cpu[(int) (queries * 0.99)] / 1e6);
        // limit 10 (a suggestion box) and 1,000 (what people(search:) asks, to count and page)
        for (int limit : new int[] {10, 1000}) {
            long[] prefix = new long[2000];
            long[] prefixCpu = new long[prefix.length];
            String[] typed = new String[prefix.length];
            for (int i = 0; i < prefix.length; i++) {
                String name = all.get(random.nextInt(all.size())).canonical();
                String pfx = name.substring(0, Math.min(name.length(), 5 + random.nextInt(4)));
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                index.prefixSearch(pfx, limit);
                prefix[i] = System.nanoTime() - t;
                prefixCpu[i] = threads.getCurrentThreadCpuTime() - c;
                typed[i] = pfx;
            }
            printSlowest("prefix", prefix, typed);
            Arrays.sort(prefix);
            Arrays.sort(prefixCpu);
            System.out.printf(Locale.ROOT, "prefixSearch(limit %d): p50=%.2f ms p99=%.2f ms; CPU time p50=%.2f ms p99=%.2f ms%n",
                    limit, prefix[prefix.length / 2] / 1e6, prefix[(int) (prefix.length * 0.99)] / 1e6,
                    prefixCpu[prefix.length / 2] / 1e6, prefixCpu[(int) (prefix.length * 0.99)] / 1e6);
        }
    }

    /**
     * With -Dqueries=FILE (one name per line, as docs/bench/scale.sh's import writes for wrk): the same names
     * the HTTP benchmark sends, resolved in-process, so the two figures can be compared.
     */
    private static void resolveListed(NameResolver resolver, java.lang.management.ThreadMXBean threads, int max) {
        String file = System.getProperty("queries");
        if (file == null) {
            return;
        }
        List<String> names;
        try {
            names = java.nio.file.Files.readAllLines(java.nio.file.Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        names = names.subList(0, Math.min(max, names.size()));
        long[] cpu = new long[names.size()];
        for (int i = 0; i < cpu.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            resolver.resolve(names.get(i), 5);
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        printSlowest("listed", cpu, names.toArray(String[]::new));
        double mean = Arrays.stream(cpu).average().orElse(0) / 1e6;
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "resolve %s: queries=%d CPU mean=%.2f ms p50=%.2f ms p99=%.2f ms%n", file, cpu.length,
                mean, cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6);
    }

    /** With -Dslowest=N, the N slowest queries, to see what makes the tail. */
    private static void printSlowest(String what, long[] latency, String[] asked) {
        int n = Integer.getInteger("slowest", 0);
        Integer[] order = new Integer[latency.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(latency[b], latency[a]));
        for (int i = 0; i < Math.min(n, order.length); i++) {
            System.out.printf(Locale.ROOT, "  slow %s %.2f ms: %s%n", what, latency[order[i]] / 1e6, asked[order[i]]);
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}

package io.canonym.name;

import io.canonym.name.eval.Tsv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Fast in-process evaluation loop (no database, not a test): the same rules as the benchmark's NameEvaluation, with
 * the OFAC aka queries split into a development half and a held-out half by a deterministic hash of the expected
 * entity id ({@link #isDevelopment}), so that rules are developed on one half and checked on the other. Only the
 * development half's misses are written out (target/loop-dev-misses.tsv), with the winning and the expected
 * candidate, their scores and explanations; the held-out half and the UN sets are reported as figures only.
 *
 * <p>Run with the test class path:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.canonym.name.NameEvaluationLoop ../shared/eval}
 */
public final class NameEvaluationLoop {
    /** Development half: CRC-32 of the expected entity id (e.g. "ofac:2674") is even. */
    static boolean isDevelopment(String entityId) {
        CRC32 crc = new CRC32();
        crc.update(entityId.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 0;
    }

    private static final class Tally {
        int queries;
        int top1;
        int matches;
        int correctMatches;
        int matchable;

        String line(String name) {
            return String.format(Locale.ROOT, "%-30s queries=%5d  top1=%6.2f%%  MATCH precision=%6.2f%% (%d/%d)  recall=%6.2f%%",
                    name, queries, 100.0 * top1 / queries, matches == 0 ? 100 : 100.0 * correctMatches / matches,
                    correctMatches, matches, 100.0 * correctMatches / Math.max(1, matchable));
        }
    }

    private final Path dir;
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Long, String> idNames = new HashMap<>();
    private final Map<Long, List<String>> names = new HashMap<>();
    private NameIndex lastIndex;
    private long variant = 1;

    private NameEvaluationLoop(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        new NameEvaluationLoop(dir).run();
    }

    private void run() throws IOException {
        long t0 = System.nanoTime();
        NameResolver ofac = resolver("people.tsv", true);
        Tally dev = new Tally();
        Tally held = new Tally();
        Tally all = new Tally();
        List<String> misses = new ArrayList<>();
        List<String> wrongMatches = new ArrayList<>();
        for (Map<String, String> row : Tsv.read(dir.resolve("queries.tsv"))) {
            if (!"aka".equals(row.get("alias_class"))) {
                continue;
            }
            boolean development = isDevelopment(row.get("expected_id"));
            evaluate(ofac, row, development ? dev : held, all, development ? misses : null,
                    development ? wrongMatches : null);
        }
        Tally unGood = new Tally();
        List<String> unWrongMatches = new ArrayList<>();
        NameResolver un = resolver("people_un.tsv", true);
        for (Map<String, String> row : Tsv.read(dir.resolve("queries_un.tsv"))) {
            if ("good".equals(row.get("alias_quality"))) {
                evaluate(un, row, unGood, null, null, unWrongMatches);
            }
        }
        Tally unNative = new Tally();
        NameResolver unLatin = resolver("people_un.tsv", false);
        for (Map<String, String> row : Tsv.read(dir.resolve("queries_un_native.tsv"))) {
            evaluate(unLatin, row, unNative, null, null, null);
        }
        System.out.println(dev.line("OFAC aka dev"));
        System.out.println(held.line("OFAC aka held-out"));
        System.out.println(all.line("OFAC aka all"));
        System.out.println(unGood.line("UN good"));
        System.out.println(unNative.line("UN native (cross-script)"));
        System.out.printf(Locale.ROOT, "(%d s)%n", (System.nanoTime() - t0) / 1_000_000_000);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/loop-dev-misses.tsv"), misses);
        Files.write(Path.of("target/loop-dev-wrong-matches.tsv"), wrongMatches);
        // Wrong MATCHes only (precision is a hard constraint on every set): to see which rule caused one, not to tune.
        Files.write(Path.of("target/loop-un-wrong-matches.tsv"), unWrongMatches);
    }

    private NameResolver resolver(String peopleFile, boolean withNative) throws IOException {
        NameIndex index = new NameIndex();
        for (Map<String, String> p : Tsv.read(dir.resolve(peopleFile))) {
            long person = ids.computeIfAbsent(p.get("id"), k -> (long) ids.size() + 1);
            idNames.put(person, p.get("id"));
            index.add(person, variant++, p.get("primary_name"));
            names.computeIfAbsent(person, k -> new ArrayList<>()).add(p.get("primary_name"));
            String nativeName = p.getOrDefault("native_script_name", "");
            if (withNative && !nativeName.isBlank()) {
                index.add(person, variant++, nativeName);
            }
        }
        index.compact();
        lastIndex = index;
        return new NameResolver(index);
    }

    /** The best score of the query against the expected person's stored names, whether or not retrieval found them. */
    private double directScore(String query, long expected) {
        NameIndex index = lastIndex;
        NameScorer scorer = new NameScorer(index.equivalents(), index::profile);
        double best = 0;
        for (String name : names.getOrDefault(expected, List.of())) {
            for (NameReading sr : index.normalizer().normalize(name).readings()) {
                for (NameReading qr : index.normalizer().normalize(query).readings()) {
                    best = Math.max(best, scorer.score(index.profiles(qr), qr.surnames(), index.profiles(sr), sr.surnames(),
                            false, index::rarity, false).score());
                }
            }
        }
        return best;
    }

    private void evaluate(NameResolver resolver, Map<String, String> row, Tally tally, Tally all, List<String> misses,
            List<String> wrongMatches) {
        String query = row.get("query");
        long expected = ids.getOrDefault(row.get("expected_id"), -1L);
        Set<Long> acceptable = Tsv.acceptableIds(row, ids);
        boolean ambiguousByData = acceptable.size() > 1;
        Resolution r = resolver.resolve(query, 64);
        List<Candidate> c = r.candidates();
        boolean top1 = !c.isEmpty() && acceptable.contains(c.get(0).personId());
        boolean match = r.decision() == Decision.MATCH;
        boolean correctMatch = match && top1 && !ambiguousByData;
        for (Tally t : all == null ? List.of(tally) : List.of(tally, all)) {
            t.queries++;
            t.top1 += top1 ? 1 : 0;
            t.matchable += ambiguousByData ? 0 : 1;
            t.matches += match ? 1 : 0;
            t.correctMatches += correctMatch ? 1 : 0;
        }
        if (misses != null && !top1) {
            int rank = -1;
            Candidate expectedCandidate = null;
            for (int i = 0; i < c.size(); i++) {
                if (acceptable.contains(c.get(i).personId())) {
                    rank = i;
                    expectedCandidate = c.get(i);
                    break;
                }
            }
            Candidate winner = c.isEmpty() ? null : c.get(0);
            misses.add(String.join("\t", String.format(Locale.ROOT, "%.3f", directScore(query, expected)), query, String.join(" | ", names.getOrDefault(expected, List.of())),
                    winner == null ? "-" : winner.matchedVariant(), winner == null ? "-" : String.valueOf(winner.score()),
                    expectedCandidate == null ? "-" : String.valueOf(expectedCandidate.score()), String.valueOf(rank),
                    r.decision().toString(),
                    winner == null ? "" : String.join("; ", winner.explanation()),
                    expectedCandidate == null ? "" : String.join("; ", expectedCandidate.explanation())));
        }
        if (wrongMatches != null && match && !correctMatch) {
            wrongMatches.add(String.join("\t", query, String.join(" | ", names.getOrDefault(expected, List.of())),
                    c.get(0).matchedVariant(), String.valueOf(c.get(0).score()),
                    c.size() > 1 ? c.get(1).matchedVariant() + " " + c.get(1).score() : "-",
                    ambiguousByData ? "ambiguous by data" : "", String.join("; ", c.get(0).explanation())));
        }
    }
}

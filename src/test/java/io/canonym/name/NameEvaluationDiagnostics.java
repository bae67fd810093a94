package io.canonym.name;

import io.canonym.name.eval.Tsv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Error analysis for the evaluation sets (not a test): sorts every query whose top candidate is wrong into
 * buckets — unreachable (no query word resembles any word of the person's name: cover names), retrieval miss
 * (the person is not among the candidates the index proposes), ranking error (proposed but outscored) — and
 * writes them to target/ for reading. Run with the test class path:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.canonym.name.NameEvaluationDiagnostics}.
 */
public final class NameEvaluationDiagnostics {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        String set = args.length > 1 ? args[1] : "ofac";
        boolean ofac = set.equals("ofac");
        String peopleFile = ofac ? "people.tsv" : "people_un.tsv";
        String queriesFile = set.equals("native") ? "queries_un_native.tsv" : ofac ? "queries.tsv" : "queries_un.tsv";
        NameIndex index = new NameIndex();
        Map<String, Long> ids = new HashMap<>();
        Map<Long, List<String>> names = new HashMap<>();
        long variant = 1;
        for (Map<String, String> p : Tsv.read(dir.resolve(peopleFile))) {
            long person = ids.computeIfAbsent(p.get("id"), k -> (long) ids.size() + 1);
            index.add(person, variant++, p.get("primary_name"));
            names.computeIfAbsent(person, k -> new ArrayList<>()).add(p.get("primary_name"));
            String nativeName = p.getOrDefault("native_script_name", "");
            if (!set.equals("native") && !nativeName.isBlank()) {
                index.add(person, variant++, nativeName);
                names.get(person).add(nativeName);
            }
        }
        NameResolver resolver = new NameResolver(index);
        NameScorer scorer = new NameScorer(index.equivalents(), index::profile);
        Map<String, List<String>> buckets = new TreeMap<>();
        int total = 0;
        int top1Count = 0;
        int matches = 0;
        int correctMatches = 0;
        int matchable = 0;
        for (Map<String, String> row : Tsv.read(dir.resolve(queriesFile))) {
            boolean include = ofac ? "aka".equals(row.get("alias_class"))
                    : set.equals("native") || "good".equals(row.get("alias_quality"));
            if (!include) {
                continue;
            }
            total++;
            String query = row.get("query");
            long expected = ids.getOrDefault(row.get("expected_id"), -1L);
            Set<Long> acceptable = Tsv.acceptableIds(row, ids);
            Resolution r = resolver.resolve(query, 5);
            boolean top1 = !r.candidates().isEmpty() && acceptable.contains(r.candidates().get(0).personId());
            boolean ambiguousByData = acceptable.size() > 1;
            top1Count += top1 ? 1 : 0;
            matchable += ambiguousByData ? 0 : 1;
            if (r.decision() == Decision.MATCH) {
                matches++;
                correctMatches += top1 && !ambiguousByData ? 1 : 0;
                if (!(top1 && !ambiguousByData)) {
                    buckets.computeIfAbsent("9 wrong MATCH", k -> new ArrayList<>()).add(query + "\t"
                            + String.join(" | ", names.getOrDefault(expected, List.of())) + "\t" + r.candidates().get(0).matchedVariant()
                            + " " + r.candidates().get(0).score() + "\t" + (r.candidates().size() > 1
                            ? r.candidates().get(1).matchedVariant() + " " + r.candidates().get(1).score() : "-"));
                }
            }
            NormalizedName nq = index.normalizer().normalize(query);
            double expectedScore = 0;
            for (String name : names.getOrDefault(expected, List.of())) {
                for (NameReading sr : index.normalizer().normalize(name).readings()) {
                    for (NameReading qr : nq.readings()) {
                        NameScorer.Scored s = scorer.score(index.profiles(qr), qr.surnames(), index.profiles(sr),
                                sr.surnames(), false, index::rarity, false);
                        expectedScore = Math.max(expectedScore, s.score());
                    }
                }
            }
            String bucket;
            if (top1) {
                bucket = r.decision() == Decision.MATCH ? "0 ok MATCH" : "0 ok " + r.decision();
            } else if (expectedScore < 0.3) {
                bucket = "1 unreachable (score<0.3)";
            } else {
                List<TokenProfile[]> qReadings = new ArrayList<>();
                for (NameReading qr : nq.readings()) {
                    qReadings.add(index.profiles(qr));
                }
                final double es = expectedScore;
                boolean retrieved = index.read(() -> index.candidates(qReadings, 64)).stream()
                        .anyMatch(v -> v.personId() == expected);
                bucket = !retrieved ? "2 retrieval miss" : "3 ranking error";
                bucket += es < 0.55 ? " (expected<0.55)" : "";
            }
            String top = r.candidates().isEmpty() ? "-" : r.candidates().get(0).matchedVariant() + " " + r.candidates().get(0).score();
            buckets.computeIfAbsent(bucket, k -> new ArrayList<>()).add(String.format(Locale.ROOT, "%s\t%s\t%.3f\t%s\t%s",
                    query, String.join(" | ", names.getOrDefault(expected, List.of())), expectedScore, top, r.decision()));
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> b : buckets.entrySet()) {
            out.append(String.format(Locale.ROOT, "%-40s %5d  %5.2f%%%n", b.getKey(), b.getValue().size(),
                    100.0 * b.getValue().size() / total));
        }
        out.append(String.format(Locale.ROOT, "%s: queries=%d top1=%.2f%% MATCH precision=%.2f%% (%d/%d) recall=%.2f%%%n",
                set, total, 100.0 * top1Count / total, matches == 0 ? 100 : 100.0 * correctMatches / matches, correctMatches,
                matches, 100.0 * correctMatches / matchable));
        System.out.print(out);
        Files.createDirectories(Path.of("target"));
        List<String> lines = new ArrayList<>();
        buckets.forEach((k, v) -> v.forEach(l -> lines.add(k + "\t" + l)));
        Files.write(Path.of("target/diagnostics-" + set + ".tsv"), lines);
    }
}

package io.canonym.name.eval;

import io.canonym.bench.TrigramBaseline;
import io.canonym.devdb.EmbeddedPostgresServer;
import io.canonym.name.Candidate;
import io.canonym.name.Decision;
import io.canonym.name.NameIndex;
import io.canonym.name.NameResolver;
import io.canonym.name.Resolution;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Measures name resolution on the shared evaluation sets (../shared/eval, see its README.txt).
 *
 * <p>Only each person's primary name (and native-script name where the set has one) is indexed; the
 * aliases are the queries. Nothing here is tuned per row: the sets measure, they do not train.
 * A query whose {@code other_ids_with_same_name} is non-empty is legitimately ambiguous: a top-1 among
 * those ids counts as correct, AMBIGUOUS is the correct decision, and a MATCH on it counts against
 * MATCH precision (strict).
 */
public final class NameEvaluation {

    /** Per-set figures. */
    public record Report(String name, int queries, int top1, int matches, int correctMatches, int matchable,
                         long[] latenciesNanos, List<double[]> calibration) {
        double top1Rate() {
            return top1 / (double) queries;
        }

        double matchPrecision() {
            return matches == 0 ? 1.0 : correctMatches / (double) matches;
        }

        double matchRecall() {
            return correctMatches / (double) matchable;
        }

        String line() {
            long[] l = latenciesNanos.clone();
            Arrays.sort(l);
            return String.format(Locale.ROOT,
                    "%-34s queries=%5d  top1=%6.2f%%  MATCH precision=%6.2f%% (%d/%d)  MATCH recall=%6.2f%%  p50=%.2fms p99=%.2fms",
                    name, queries, 100 * top1Rate(), 100 * matchPrecision(), correctMatches, matches, 100 * matchRecall(),
                    l[l.length / 2] / 1e6, l[(int) (l.length * 0.99)] / 1e6);
        }
    }

    private final Path dir;

    public NameEvaluation(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        System.out.println(new NameEvaluation(dir).runAll());
    }

    public String runAll() throws IOException {
        StringBuilder out = new StringBuilder();
        long t0 = System.nanoTime();
        NameResolver ofac = resolverFor("people.tsv", true);
        out.append(String.format(Locale.ROOT, "OFAC index built in %d ms%n", (System.nanoTime() - t0) / 1_000_000));
        Report ofacAka = evaluate("OFAC aka", ofac, "queries.tsv", r -> "aka".equals(r.get("alias_class")));
        t0 = System.nanoTime();
        NameResolver un = resolverFor("people_un.tsv", true);
        out.append(String.format(Locale.ROOT, "UN index built in %d ms%n", (System.nanoTime() - t0) / 1_000_000));
        Report unGood = evaluate("UN good", un, "queries_un.tsv", r -> "good".equals(r.get("alias_quality")));
        Report unNative = evaluate("UN native (native names indexed)", un, "queries_un_native.tsv", r -> true);
        NameResolver unLatinOnly = resolverFor("people_un.tsv", false);
        Report unCross = evaluate("UN native (cross-script only)", unLatinOnly, "queries_un_native.tsv", r -> true);
        // warm-up effects: re-run the first set now that the JIT has compiled everything, for honest latency
        Report ofacAkaWarm = evaluate("OFAC aka (warm re-run)", ofac, "queries.tsv", r -> "aka".equals(r.get("alias_class")));
        for (Report r : List.of(ofacAka, ofacAkaWarm, unGood, unNative, unCross)) {
            out.append(r.line()).append('\n');
        }
        out.append(baselineSection());
        out.append("\nCalibration on OFAC aka (threshold -> MATCH precision, recall, if MATCH_THRESHOLD were that):\n");
        for (double[] c : ofacAka.calibration()) {
            out.append(String.format(Locale.ROOT, "  %.2f -> %6.2f%% %6.2f%%%n", c[0], 100 * c[1], 100 * c[2]));
        }
        out.append("Calibration on UN good:\n");
        for (double[] c : unGood.calibration()) {
            out.append(String.format(Locale.ROOT, "  %.2f -> %6.2f%% %6.2f%%%n", c[0], 100 * c[1], 100 * c[2]));
        }
        return out.toString();
    }

    private final Map<String, Long> personIds = new HashMap<>();
    private long nextVariantId = 1;

    private static final List<String> WRONG_MATCHES = new ArrayList<>();
    private static final List<String> OUTCOMES = new ArrayList<>();

    NameResolver resolverFor(String peopleFile, boolean withNative) throws IOException {
        NameIndex index = new NameIndex();
        for (Map<String, String> p : Tsv.read(dir.resolve(peopleFile))) {
            long person = personIds.computeIfAbsent(p.get("id"), k -> (long) personIds.size() + 1);
            index.add(person, nextVariantId++, p.get("primary_name"));
            String nativeName = p.getOrDefault("native_script_name", "");
            if (withNative && !nativeName.isBlank()) {
                index.add(person, nextVariantId++, nativeName);
            }
        }
        index.compact();
        return new NameResolver(index);
    }

    Report evaluate(String name, NameResolver resolver, String queriesFile, Predicate<Map<String, String>> include)
            throws IOException {
        return evaluate(name, query -> resolver.resolve(query, 5), queriesFile, include);
    }

    /** Evaluates any matcher that answers like {@link NameResolver}: the baseline too, by the same rules. */
    Report evaluate(String name, Function<String, Resolution> resolver, String queriesFile,
            Predicate<Map<String, String>> include) throws IOException {
        List<Map<String, String>> rows = Tsv.read(dir.resolve(queriesFile));
        int queries = 0;
        int top1 = 0;
        int matches = 0;
        int correctMatches = 0;
        int matchable = 0;
        List<Long> latencies = new ArrayList<>();
        List<double[]> outcomes = new ArrayList<>(); // score, margin, surnameOk(1/0), correct(1/0), matchable(1/0)
        for (Map<String, String> row : rows) {
            if (!include.test(row)) {
                continue;
            }
            queries++;
            Set<Long> acceptable = Tsv.acceptableIds(row, personIds);
            boolean ambiguousByData = acceptable.size() > 1;
            if (!ambiguousByData) {
                matchable++;
            }
            long start = System.nanoTime();
            Resolution res = resolver.apply(row.get("query"));
            latencies.add(System.nanoTime() - start);
            List<Candidate> c = res.candidates();
            boolean topOk = !c.isEmpty() && acceptable.contains(c.get(0).personId());
            if (topOk) {
                top1++;
            }
            boolean matchCorrect = topOk && !ambiguousByData;
            if (res.decision() == Decision.MATCH) {
                matches++;
                if (matchCorrect) {
                    correctMatches++;
                } else {
                    WRONG_MATCHES.add(name + "\t" + row.get("query") + "\texpected " + row.get("expected_id")
                            + (ambiguousByData ? " (ambiguous by data)" : "") + "\tmatched '" + c.get(0).matchedVariant()
                            + "' " + c.get(0).score() + (c.size() > 1 ? "\tnext '" + c.get(1).matchedVariant() + "' "
                            + c.get(1).score() : ""));
                }
            }
            if (!c.isEmpty()) {
                OUTCOMES.add(name + "\t" + c.get(0).score() + "\t" + (c.size() > 1 ? c.get(1).score() : 0) + "\t"
                        + c.get(0).explanation().stream().noneMatch(l -> l.startsWith("surname not matched")) + "\t"
                        + c.get(0).explanation().stream().noneMatch(l -> l.startsWith("query has words")) + "\t"
                        + matchCorrect + "\t" + !ambiguousByData + "\t" + row.get("query").trim().split("[\\s,]+").length
                        + "\t" + c.get(0).matchedVariant().trim().split("[\\s,]+").length + "\t" + res.decision()
                        + "\t" + row.get("query") + "\t" + c.get(0).matchedVariant());
                double margin = c.size() > 1 ? c.get(0).score() - c.get(1).score() : c.get(0).score();
                boolean surnameOk = c.get(0).explanation().stream().noneMatch(l -> l.startsWith("surname not matched"));
                outcomes.add(new double[] {c.get(0).score(), margin, surnameOk ? 1 : 0, matchCorrect ? 1 : 0});
            }
        }
        List<double[]> calibration = new ArrayList<>();
        for (double t = 0.70; t <= 0.971; t += 0.02) {
            int m = 0;
            int ok = 0;
            for (double[] o : outcomes) {
                if (o[0] >= t && o[1] >= NameResolver.MATCH_MARGIN && o[2] == 1) {
                    m++;
                    ok += (int) o[3];
                }
            }
            calibration.add(new double[] {t, m == 0 ? 1 : ok / (double) m, ok / (double) Math.max(1, matchable)});
        }
        return new Report(name, queries, top1, matches, correctMatches, matchable,
                latencies.stream().mapToLong(Long::longValue).toArray(), calibration);
    }

    /**
     * The same sets through the plain PostgreSQL approach ({@link TrigramBaseline}), in the same run, on the embedded
     * PostgreSQL (or DB_URL's server when set).
     */
    private String baselineSection() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nBaseline: pg_trgm similarity() over lower(unaccent(name)); MATCH when the best similarity is >= %.2f "
                        + "and leads the next person by >= %.2f%n", BASELINE_MATCH, BASELINE_MARGIN));
        Map<String, String> db = EmbeddedPostgresServer.startOnce();
        String url = System.getenv().getOrDefault("DB_URL", db.get("quarkus.datasource.jdbc.url"));
        String user = System.getenv().getOrDefault("DB_USER", db.get("quarkus.datasource.username"));
        String password = System.getenv().getOrDefault("DB_PASSWORD", db.get("quarkus.datasource.password"));
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Function<String, Resolution> ofac = baselineFor(connection, "people.tsv", true);
            Function<String, Resolution> un = baselineFor(connection, "people_un.tsv", true);
            Function<String, Resolution> unLatin = baselineFor(connection, "people_un.tsv", false);
            for (Report r : List.of(
                    evaluate("pg_trgm OFAC aka", ofac, "queries.tsv", row -> "aka".equals(row.get("alias_class"))),
                    evaluate("pg_trgm UN good", un, "queries_un.tsv", row -> "good".equals(row.get("alias_quality"))),
                    evaluate("pg_trgm UN native (native indexed)", un, "queries_un_native.tsv", row -> true),
                    evaluate("pg_trgm UN native (cross-script)", unLatin, "queries_un_native.tsv", row -> true))) {
                out.append(r.line()).append('\n');
            }
        } catch (SQLException | IOException e) {
            out.append("baseline not measured: ").append(e.getMessage()).append('\n');
        }
        return out.toString();
    }

    private static final double BASELINE_MATCH = 0.6;
    private static final double BASELINE_MARGIN = 0.1;
    private int baselineTables;

    private Function<String, Resolution> baselineFor(Connection connection, String peopleFile, boolean withNative)
            throws SQLException, IOException {
        TrigramBaseline baseline = new TrigramBaseline(connection, "eval_names_" + baselineTables++);
        for (Map<String, String> p : Tsv.read(dir.resolve(peopleFile))) {
            long person = personIds.computeIfAbsent(p.get("id"), k -> (long) personIds.size() + 1);
            baseline.add(person, p.get("primary_name"));
            String nativeName = p.getOrDefault("native_script_name", "");
            if (withNative && !nativeName.isBlank()) {
                baseline.add(person, nativeName);
            }
        }
        baseline.index();
        return query -> {
            try {
                List<TrigramBaseline.Scored> top = baseline.top(query, 5);
                List<Candidate> candidates = top.stream()
                        .map(t -> new Candidate(t.personId(), t.similarity(), t.name(), 0, List.of())).toList();
                boolean match = !top.isEmpty() && top.get(0).similarity() >= BASELINE_MATCH
                        && (top.size() < 2 || top.get(0).similarity() - top.get(1).similarity() >= BASELINE_MARGIN);
                return new Resolution(match ? Decision.MATCH : top.isEmpty() ? Decision.NO_MATCH : Decision.AMBIGUOUS,
                        candidates);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Writes the report next to the build output so it can be diffed between runs. */
    static void save(String report) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/name-evaluation.txt"), report);
        // for error analysis only: which MATCH decisions were wrong (never used to tune individual entries)
        Files.write(Path.of("target/name-evaluation-wrong-matches.txt"), WRONG_MATCHES);
        Files.write(Path.of("target/name-evaluation-outcomes.tsv"), OUTCOMES);
    }
}

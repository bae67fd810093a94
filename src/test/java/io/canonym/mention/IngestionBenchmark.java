package io.canonym.mention;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.canonym.name.eval.SyntheticPeople;
import io.canonym.person.PersonInput;
import io.canonym.person.PersonService;
import io.canonym.resolution.NameIndexHolder;
import io.canonym.support.TestData;
import io.canonym.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Ingestion throughput: with {@code PEOPLE} synthetic people known (default 100,000), articles of about 3 KB naming
 * several of them (in their variant spellings) and some unknown people are stored through createArticles over HTTP
 * by {@code CLIENTS} clients in calls of {@code BATCH} articles. Opt-in, it empties the database first:
 *
 * <pre>./mvnw test -Dtest=IngestionBenchmark -Dcanonym.benchmark=true [-DPEOPLE=100000 -DARTICLES=3000 -DWARMUP=300 -DBATCH=20 -DCLIENTS=2]</pre>
 *
 * <p>{@code ARTICLES} are measured after {@code WARMUP} more (default a tenth of {@code ARTICLES}) that are not.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "canonym.benchmark", matches = "true")
class IngestionBenchmark {

    static final String CREATE = """
            mutation($in: [ArticleInput!]!) { createArticles(input: $in) { id mentions { status } } }""";
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final String[] PLACES = {"Moscow", "Kyiv", "Seoul", "Beijing", "Berlin", "Madrid", "Cairo", "Pyongyang",
            "Brussels", "Geneva", "Washington", "Tehran", "Ankara", "Warsaw", "Tokyo"};
    private static final String[] ORGANISATIONS = {"the United Nations", "NATO", "the European Union", "Reuters",
            "the Foreign Ministry", "the Central Bank", "the Security Council", "the International Monetary Fund"};
    private static final String[] ROLES = {"Foreign Minister", "President", "Defence Minister", "spokesman", "Governor",
            "opposition leader", "Prime Minister", "central bank chief", "General", "Ambassador"};
    private static final String[] UNKNOWN_GIVEN = {"Tom", "Laura", "Priya", "Kofi", "Ingrid", "Mateo", "Aisha", "Lars",
            "Chiara", "Tomasz", "Nia", "Rafael"};
    private static final String[] UNKNOWN_SURNAME = {"Reyes", "Okafor", "Lindqvist", "Brennan", "Takahashi", "Moretti",
            "Kowalczyk", "Haddad", "Osei", "Fitzgerald", "Varga", "Nakamura"};
    private static final String[] FILLER = {
            "Officials said the talks would continue next week, although no date has been set.",
            "The statement gave no further details about the agreement or its cost.",
            "Analysts said the move reflected growing pressure on the government at home.",
            "Markets reacted calmly, with the currency little changed by the end of the day.",
            "The meeting took place behind closed doors and lasted more than three hours.",
            "Critics said the plan lacked funding and a clear timetable."};

    @Inject
    TestData data;
    @Inject
    PersonService people;
    @Inject
    NameIndexHolder index;

    @Test
    void ingestsArticlesThroughCreateArticles() throws Exception {
        int peopleCount = Integer.getInteger("PEOPLE", 100_000);
        int articleCount = Integer.getInteger("ARTICLES", 3_000);
        int batch = Integer.getInteger("BATCH", 20);
        int clients = Integer.getInteger("CLIENTS", 2);
        // Stored first and not counted, so that the JIT has compiled the hot paths (a short warm-up measures the
        // compiler threads as much as the service: docs/mention-linking.md, "Throughput").
        int warmUpArticles = Integer.getInteger("WARMUP", articleCount / 10);

        data.deleteEverything();
        List<SyntheticPeople.Person> cast = new SyntheticPeople(42).generate(peopleCount);
        long importStarted = System.nanoTime();
        for (int from = 0; from < cast.size(); from += 1000) {
            people.importPeople(cast.subList(from, Math.min(cast.size(), from + 1000)).stream().map(IngestionBenchmark::input).toList());
        }
        System.out.printf("[ingest] %d people imported in %.1f s; index holds %d spellings%n", peopleCount,
                (System.nanoTime() - importStarted) / 1e9, index.size());

        Random random = new Random(7);
        List<List<Map<String, Object>>> calls = new ArrayList<>();
        long bytes = 0;
        int total = warmUpArticles + articleCount;
        for (int i = 0; i < total; i += batch) {
            List<Map<String, Object>> call = new ArrayList<>();
            for (int j = i; j < Math.min(total, i + batch); j++) {
                String body = article(random, cast);
                bytes += body.length();
                call.add(Map.of("title", "Synthetic report " + j, "body", body,
                        "url", "https://bench.example.org/" + System.nanoTime() + "/" + j));
            }
            calls.add(call);
        }
        int warmUp = Math.max(1, warmUpArticles / batch);
        run(calls.subList(0, warmUp), clients);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger linked = new AtomicInteger(), mentions = new AtomicInteger();
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        long databaseCpuStarted = databaseCpuNanos();
        run(calls.subList(warmUp, calls.size()), clients, latencies, linked, mentions);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMillis = (processCpuNanos() - cpuStarted) / 1e6;
        double databaseCpuMillis = (databaseCpuNanos() - databaseCpuStarted) / 1e6;
        int measured = calls.subList(warmUp, calls.size()).stream().mapToInt(List::size).sum();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("[ingest] %d articles (mean %d characters) in %.1f s by %d clients, %d per call: %.0f articles/s%n",
                measured, bytes / total, seconds, clients, batch, measured / seconds);
        System.out.printf("[ingest] per call: p50 %.0f ms, p99 %.0f ms; per article (call time / articles in it): p50 %.1f ms, p99 %.1f ms%n",
                percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 0.50) / batch, percentile(sorted, 0.99) / batch);
        // On a shared machine wall time depends on the neighbours; CPU time per article does not (much): with C cores
        // free, the service could take about C × 1000 / (CPU ms per article) articles/s.
        System.out.printf("[ingest] CPU per article: %.1f ms in this JVM (service and clients), %.1f ms in PostgreSQL; at load %s%n",
                cpuMillis / measured, databaseCpuMillis / measured, loadAverage());
        System.out.printf("[ingest] %d mentions stored, %d of them LINKED (%.1f %%)%n", mentions.get(), linked.get(),
                100.0 * linked.get() / Math.max(1, mentions.get()));
    }

    private static PersonInput input(SyntheticPeople.Person p) {
        PersonInput input = new PersonInput();
        input.name = p.canonical();
        input.nativeName = p.nativeName();
        input.variants = p.variants().subList(0, 1);
        return input;
    }

    /** About 3 KB of wire copy naming seven known people (as stored or in another of their spellings) and three unknown. */
    static String article(Random random, List<SyntheticPeople.Person> cast) {
        StringBuilder body = new StringBuilder();
        for (int paragraph = 0; paragraph < 7; paragraph++) {
            SyntheticPeople.Person p = cast.get(random.nextInt(cast.size()));
            List<String> spellings = new ArrayList<>(p.variants());
            spellings.add(p.canonical());
            String spelling = spellings.get(random.nextInt(spellings.size()));
            String surname = spelling.substring(spelling.lastIndexOf(' ') + 1);
            body.append(ROLES[random.nextInt(ROLES.length)]).append(' ').append(spelling).append(" arrived in ")
                    .append(PLACES[random.nextInt(PLACES.length)]).append(" on Tuesday for talks with ")
                    .append(ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]).append(". ")
                    .append(FILLER[random.nextInt(FILLER.length)]).append(' ')
                    .append(surname).append(" told reporters that the discussions had been \"frank and useful\". ")
                    .append(FILLER[random.nextInt(FILLER.length)]).append(' ');
            if (paragraph % 3 == 0) {
                body.append("According to ").append(UNKNOWN_GIVEN[random.nextInt(UNKNOWN_GIVEN.length)]).append(' ')
                        .append(UNKNOWN_SURNAME[random.nextInt(UNKNOWN_SURNAME.length)])
                        .append(", a researcher in ").append(PLACES[random.nextInt(PLACES.length)])
                        .append(", the outcome remains uncertain. ");
            }
            body.append(FILLER[random.nextInt(FILLER.length)]).append("\n\n");
        }
        return body.toString();
    }

    private static void run(List<List<Map<String, Object>>> calls, int clients) throws Exception {
        run(calls, clients, new ArrayList<>(), new AtomicInteger(), new AtomicInteger());
    }

    private static void run(List<List<Map<String, Object>>> calls, int clients, List<Long> latencies, AtomicInteger linked,
                            AtomicInteger mentions) throws Exception {
        // The JDK's client rather than rest-assured: the clients share the machine with the service, and
        // rest-assured's Groovy machinery cost more CPU per call than the service's GraphQL layer.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI endpoint = URI.create("http://localhost:" + RestAssured.port + "/graphql");
        String token = "Bearer " + Tokens.editor();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < calls.size(); ) {
                    String request = requestBody(calls.get(i));
                    long started = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                            .header("content-type", "application/json").header("authorization", token)
                            .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
                    latencies.add((System.nanoTime() - started) / 1_000_000);
                    String body = response.body();
                    if (response.statusCode() != 200 || body.contains("\"errors\"")) {
                        throw new IllegalStateException("createArticles failed: " + body.substring(0, Math.min(500, body.length())));
                    }
                    mentions.addAndGet(occurrences(body, "\"status\""));
                    linked.addAndGet(occurrences(body, "\"LINKED\""));
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    private static String requestBody(List<Map<String, Object>> articles) {
        JsonArrayBuilder input = JSON.createArrayBuilder();
        articles.forEach(a -> input.add(JSON.createObjectBuilder(a)));
        return JSON.createObjectBuilder().add("query", CREATE)
                .add("variables", JSON.createObjectBuilder().add("in", input)).build().toString();
    }

    private static int occurrences(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time of the database's processes serving this benchmark: the embedded server's, or a local server's
     * connections to the benchmark's database (named in their process titles). 0 for a remote server.
     */
    private static long databaseCpuNanos() {
        String url = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.replaceFirst("^.*/", "").replaceFirst("\\?.*$", "");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.contains("embedded-pg")).orElse(false)
                        || isBackendOf(processTitle(p), database))
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
    }

    private static boolean isBackendOf(String title, String database) {
        return title.contains("postgres: ") && title.contains(" " + database + " ");
    }

    /** A PostgreSQL backend's title ("postgres: canonym canonym_ingest 127.0.0.1(…) idle") is its /proc command line. */
    private static String processTitle(ProcessHandle p) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(p.pid()), "cmdline"));
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    private static String loadAverage() {
        return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}

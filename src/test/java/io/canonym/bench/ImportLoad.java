package io.canonym.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;

import io.canonym.name.eval.SyntheticPeople;

/**
 * Loads synthetic people into a running Canonym through {@code importPeople} over HTTP, as a bulk loader would, and
 * reports people per second and the latency of each 1,000-person call. Writes the spellings it did not import
 * (other conventions, typos, initials) to a file, one per line, as queries for the resolution benchmarks.
 * <p>
 * Usage: {@code java -cp … io.canonym.bench.ImportLoad <base-url> <people> <clients> <queries-file>}. Environment:
 * {@code CANONYM_TOKEN}, an editor's bearer JWT (mutations need one; docs/bench/scale.sh mints one for the run);
 * {@code SEED}, the synthetic people's seed (default 42; another seed gives other people, to import more into a
 * database that holds the first ones).
 */
public final class ImportLoad {

    private static final int BATCH = 1000;
    /** Looked up once: each Json.createXxx call searches the class path for a provider, which made this client the bottleneck. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String MUTATION = "mutation($i: [PersonInput!]!) { importPeople(input: $i) { created } }";

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0] + "/graphql");
        int people = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        Path queries = Path.of(args[3]);

        long seed = Long.parseLong(System.getenv().getOrDefault("SEED", "42"));
        List<List<SyntheticPeople.Person>> batches = batches(new SyntheticPeople(seed).generate(people));
        writeQueries(batches, queries);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int b; (b = (int) next.getAndIncrement()) < batches.size();) {
                    latencies.add(post(http, endpoint, body(batches.get(b))));
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(latencies);
        System.out.printf("imported %d people in %.1f s: %.0f people/s; per %d-person call p50 %d ms, p99 %d ms (%d clients)%n",
                people, seconds, people / seconds, BATCH, percentile(latencies, 50), percentile(latencies, 99), clients);
        System.exit(0);
    }

    private static List<List<SyntheticPeople.Person>> batches(List<SyntheticPeople.Person> people) {
        List<List<SyntheticPeople.Person>> batches = new ArrayList<>();
        for (int i = 0; i < people.size(); i += BATCH) {
            batches.add(people.subList(i, Math.min(people.size(), i + BATCH)));
        }
        return batches;
    }

    /** Imported: the canonical name, the native name and the first variant; the rest are queries. */
    private static String body(List<SyntheticPeople.Person> batch) {
        JsonArrayBuilder input = JSON.createArrayBuilder();
        for (SyntheticPeople.Person person : batch) {
            var json = JSON.createObjectBuilder().add("name", person.canonical());
            if (person.nativeName() != null) {
                json.add("nativeName", person.nativeName());
            }
            if (!person.variants().isEmpty()) {
                json.add("variants", JSON.createArrayBuilder().add(person.variants().get(0)));
            }
            input.add(json);
        }
        return JSON.createObjectBuilder().add("query", MUTATION)
                .add("variables", JSON.createObjectBuilder().add("i", input)).build().toString();
    }

    private static void writeQueries(List<List<SyntheticPeople.Person>> batches, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (List<SyntheticPeople.Person> batch : batches) {
            for (SyntheticPeople.Person person : batch) {
                person.variants().stream().skip(1).limit(1).forEach(lines::add);
            }
        }
        Collections.shuffle(lines, new Random(7));
        Files.write(file, lines.subList(0, Math.min(lines.size(), 100_000)), StandardCharsets.UTF_8);
    }

    private static final String TOKEN = System.getenv("CANONYM_TOKEN");

    private static long post(HttpClient http, URI endpoint, String body) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).header("content-type", "application/json");
        if (TOKEN != null && !TOKEN.isBlank()) {
            request.header("authorization", "Bearer " + TOKEN);
        }
        HttpResponse<String> response = http.send(request
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("import failed: " + response.statusCode() + " " + response.body());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}

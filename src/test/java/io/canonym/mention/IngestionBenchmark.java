package io.canonym.mention;

import static io.canonym.support.GraphQL.graphql;
import static org.hamcrest.Matchers.nullValue;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.canonym.name.eval.SyntheticPeople;
import io.canonym.person.PersonInput;
import io.canonym.person.PersonService;
import io.canonym.resolution.NameIndexHolder;
import io.canonym.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Ingestion throughput: with {@code PEOPLE} synthetic people known (default 100,000), articles of about 3 KB naming
 * several of them (in their variant spellings) and some unknown people are stored through createArticles over HTTP
 * by {@code CLIENTS} clients in calls of {@code BATCH} articles. Opt-in, it empties the database first:
 *
 * <pre>./mvnw test -Dtest=IngestionBenchmark -Dcanonym.benchmark=true [-DPEOPLE=100000 -DARTICLES=3000 -DBATCH=20 -DCLIENTS=2]</pre>
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "canonym.benchmark", matches = "true")
class IngestionBenchmark {

    static final String CREATE = """
            mutation($in: [ArticleInput!]!) { createArticles(input: $in) { id mentions { status } } }""";
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
        for (int i = 0; i < articleCount; i += batch) {
            List<Map<String, Object>> call = new ArrayList<>();
            for (int j = i; j < Math.min(articleCount, i + batch); j++) {
                String body = article(random, cast);
                bytes += body.length();
                call.add(Map.of("title", "Synthetic report " + j, "body", body,
                        "url", "https://bench.example.org/" + System.nanoTime() + "/" + j));
            }
            calls.add(call);
        }
        // Warm-up on a tenth of the calls, not counted.
        int warmUp = Math.max(1, calls.size() / 10);
        run(calls.subList(0, warmUp), clients);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger linked = new AtomicInteger(), mentions = new AtomicInteger();
        long started = System.nanoTime();
        run(calls.subList(warmUp, calls.size()), clients, latencies, linked, mentions);
        double seconds = (System.nanoTime() - started) / 1e9;
        int measured = calls.subList(warmUp, calls.size()).stream().mapToInt(List::size).sum();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("[ingest] %d articles (mean %d characters) in %.1f s by %d clients, %d per call: %.0f articles/s%n",
                measured, bytes / articleCount, seconds, clients, batch, measured / seconds);
        System.out.printf("[ingest] per call: p50 %.0f ms, p99 %.0f ms; per article (call time / articles in it): p50 %.1f ms, p99 %.1f ms%n",
                percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 0.50) / batch, percentile(sorted, 0.99) / batch);
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

    /** About 3 KB of wire copy naming six known people (one spelled as stored, others in other spellings) and two unknown. */
    static String article(Random random, List<SyntheticPeople.Person> cast) {
        StringBuilder body = new StringBuilder();
        for (int paragraph = 0; paragraph < 6; paragraph++) {
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
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < calls.size(); ) {
                    long started = System.nanoTime();
                    List<Map<String, Object>> stored = graphql(CREATE, Map.of("in", calls.get(i))).body("errors", nullValue())
                            .extract().path("data.createArticles");
                    latencies.add((System.nanoTime() - started) / 1_000_000);
                    for (Map<String, Object> article : stored) {
                        @SuppressWarnings("unchecked")
                        List<Map<String, String>> ms = (List<Map<String, String>>) article.get("mentions");
                        mentions.addAndGet(ms.size());
                        linked.addAndGet((int) ms.stream().filter(m -> "LINKED".equals(m.get("status"))).count());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}

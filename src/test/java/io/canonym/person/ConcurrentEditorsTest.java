package io.canonym.person;

import static io.canonym.support.GraphQL.asAdmin;
import static io.canonym.support.GraphQL.graphql;
import static io.canonym.support.GraphQL.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.canonym.mention.MentionStatus;
import io.canonym.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Editors who change the same person at the same moment: one wins, the others get CONFLICT, nothing is lost. */
@QuarkusTest
class ConcurrentEditorsTest {

    static final String UPDATE = """
            mutation($id: ID!, $name: String!) { updatePerson(id: $id, input: {name: $name}, version: 0) { name version } }""";
    static final String PERSON = "query($id: ID!) { person(id: $id) { id name version } }";

    @Inject
    TestData data;

    @Test
    void ofConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        String id = PersonApiTest.createPerson(Map.of("name", unique("Contested ")));
        int editors = 6;

        List<Map<String, Object>> answers = all(editors, i -> () -> graphql(UPDATE, Map.of("id", id, "name", "Editor " + i))
                .extract().path("$"));

        List<String> winners = new ArrayList<>();
        for (Map<String, Object> answer : answers) {
            Map<?, ?> result = (Map<?, ?>) answer.get("data");
            if (result != null && result.get("updatePerson") != null) {
                winners.add((String) ((Map<?, ?>) result.get("updatePerson")).get("name"));
            } else {
                assertEquals("CONFLICT", codeOf(answer), answer.toString());
            }
        }
        assertEquals(1, winners.size(), answers.toString());
        Map<String, Object> stored = graphql(PERSON, Map.of("id", id)).extract().path("data.person");
        assertEquals(winners.get(0), stored.get("name"));
        assertEquals(1, stored.get("version"));
    }

    @Test
    void aMergeRacingAnUpdateAndAnotherMergeLeavesEveryMentionWithAPersonThatExists() throws Exception {
        String sourceName = unique("Racing ");
        String source = PersonApiTest.createPerson(Map.of("name", sourceName));
        String target = PersonApiTest.createPerson(Map.of("name", unique("Race Target ")));
        String other = PersonApiTest.createPerson(Map.of("name", unique("Race Other ")));
        long article = data.article(unique("Race "), "Then " + sourceName + " left.", null);
        long mention = data.mention(article, sourceName, Long.parseLong(source), MentionStatus.CONFIRMED);
        String merge = "mutation($s: ID!, $t: ID!) { mergePeople(sourceId: $s, targetId: $t) { id } }";

        List<Map<String, Object>> answers = all(3, i -> () -> switch (i) {
            case 0 -> asAdmin(merge, Map.of("s", source, "t", target)).extract().path("$");
            case 1 -> asAdmin(merge, Map.of("s", source, "t", other)).extract().path("$");
            default -> graphql(UPDATE, Map.of("id", source, "name", "Renamed Racer")).extract().path("$");
        });

        long merges = answers.subList(0, 2).stream().filter(a -> codeOf(a) == null).count();
        assertEquals(1, merges, "one merge wins, the other finds the source gone: " + answers);
        answers.stream().filter(a -> codeOf(a) != null)
                .forEach(a -> assertTrue(List.of("CONFLICT", "NOT_FOUND").contains(codeOf(a)), a.toString()));
        Long linkedTo = data.mentionState(mention).personId();
        assertNotNull(linkedTo);
        Map<String, Object> person = graphql(PERSON, Map.of("id", String.valueOf(linkedTo))).extract().path("data.person");
        assertNotNull(person, "the mention points at a person that exists");
        assertTrue(List.of(target, other).contains(person.get("id")));
    }

    private static String codeOf(Map<String, Object> answer) {
        List<?> errors = (List<?>) answer.get("errors");
        if (errors == null || errors.isEmpty()) {
            return null;
        }
        return (String) ((Map<?, ?>) ((Map<?, ?>) errors.get(0)).get("extensions")).get("code");
    }

    interface Task {
        Callable<Map<String, Object>> of(int i);
    }

    /** Starts the tasks together and waits for all of them. */
    private static List<Map<String, Object>> all(int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map<String, Object>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<Map<String, Object>> call = task.of(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Map<String, Object>> answers = new ArrayList<>();
            for (Future<Map<String, Object>> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.canonym.mention;

import static io.canonym.mention.MentionLinkingApiTest.article;
import static io.canonym.mention.MentionLinkingApiTest.create;
import static io.canonym.mention.MentionLinkingApiTest.mention;
import static io.canonym.mention.MentionLinkingApiTest.person;
import static io.canonym.mention.MentionLinkingApiTest.personOf;
import static io.canonym.mention.MentionLinkingApiTest.uniqueWord;
import static io.canonym.support.GraphQL.anonymous;
import static io.canonym.support.GraphQL.asAdmin;
import static io.canonym.support.GraphQL.graphql;
import static io.canonym.support.GraphQL.withToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.canonym.support.TestData;
import io.canonym.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The editors' desk for mentions (issue #5) over HTTP: decisions, what they teach, the queue, its subscription. */
@QuarkusTest
class MentionReviewApiTest {

    static final String CONFIRM = """
            mutation($m: ID!, $p: ID!, $v: Int) { confirmMention(mentionId: $m, personId: $p, version: $v) { id status version person { id } } }""";
    static final String REJECT = """
            mutation($m: ID!) { rejectMention(mentionId: $m) { id status person { id } } }""";
    static final String QUEUE = """
            query($after: String) { reviewQueue(first: 100, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } edges { sameSpelling node { id text status candidates { person { id } } } } } }""";

    @Inject
    TestData data;
    @Inject
    LateLinker lateLinker;

    @TestHTTPResource("/graphql")
    URI graphqlUri;

    private static String mentionId(Map<String, Object> article, String text) {
        return (String) mention(article, text).get("id");
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aConfirmedSpellingLinksOnItsOwnInTheNextArticle() {
        String person = person(uniqueWord("Mulugeta") + " Bekele", null);
        String alias = uniqueWord("Tsegaye") + " Alemu";
        Map<String, Object> first = create(article("Alias", "Commander " + alias + " gave orders."));
        graphql(CONFIRM, vars("m", mentionId(first, alias), "p", person))
                .body("errors", nullValue())
                .body("data.confirmMention.status", equalTo("CONFIRMED"))
                .body("data.confirmMention.person.id", equalTo(person));

        Map<String, Object> next = create(article("Alias again", "Later, " + alias + " denied the report."));
        assertEquals("LINKED", mention(next, alias).get("status"));
        assertEquals(person, personOf(mention(next, alias)));
        graphql("query($p: ID!) { person(id: $p) { variants { spelling source } } }", Map.of("p", person))
                .body("data.person.variants.findAll { it.source == 'LEARNED' }.spelling", hasItem(alias));
    }

    @Test
    void aRejectedSpellingIsNeverLinkedAutomaticallyToThatPersonAgainButCanStillBeConfirmed() {
        String given = uniqueWord("Anatoly");
        String person = person(given + " Serdyukov", null);
        Map<String, Object> first = create(article("First", "Minister " + given + " Serdyukov spoke."));
        assertEquals(person, personOf(mention(first, given + " Serdyukov")));

        graphql(REJECT, Map.of("m", mentionId(first, given + " Serdyukov")))
                .body("errors", nullValue())
                .body("data.rejectMention.status", equalTo("REJECTED"))
                .body("data.rejectMention.person.id", equalTo(person));

        Map<String, Object> next = create(article("Next", "Minister " + given + " Serdyukov spoke again."));
        Map<String, Object> again = mention(next, given + " Serdyukov");
        assertNotEquals("LINKED", again.get("status"));
        assertNotEquals(person, personOf(again));
        graphql(CONFIRM, vars("m", again.get("id"), "p", person))
                .body("errors", nullValue())
                .body("data.confirmMention.status", equalTo("CONFIRMED"));
    }

    @Test
    void anUnknownNameBecomesAPersonWithItsMentionConfirmedAndAnAuditTrail() {
        String name = uniqueWord("Pita") + " Fonoti";
        Map<String, Object> article = create(article("New person", "Opposition leader " + name + " spoke in Apia."));
        String personId = graphql("""
                mutation($m: ID!) { createPersonFromMention(mentionId: $m) { id name } }""", Map.of("m", mentionId(article, name)))
                .body("errors", nullValue())
                .body("data.createPersonFromMention.name", equalTo(name))
                .extract().path("data.createPersonFromMention.id");
        graphql("query($m: ID!) { mention(id: $m) { status person { id } } }", Map.of("m", mentionId(article, name)))
                .body("data.mention.status", equalTo("CONFIRMED"))
                .body("data.mention.person.id", equalTo(personId));
        graphql("query($p: ID!) { auditLog(personId: $p) { edges { node { action actor before after } } } }", Map.of("p", personId))
                .body("errors", nullValue())
                .body("data.auditLog.edges.node.action", hasItem("createPersonFromMention"))
                .body("data.auditLog.edges.node.actor", hasItem(Tokens.EDITOR_SUBJECT));
    }

    @Test
    void theQueuePutsFrequentSpellingsFirstAndOneDecisionClearsThemAll() {
        String person = person(uniqueWord("Kwame") + " Mensah", null);
        String spelling = uniqueWord("Yaw") + " Boateng";
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(mentionId(create(article("Queue " + i, "Spokesman " + spelling + " commented on day " + i + ".")), spelling));
        }
        Map<String, Object> edge = findInQueue(ids.get(0));
        assertEquals(3, edge.get("sameSpelling"));

        graphql("mutation($s: String!, $p: ID!) { resolveAllMentions(spelling: $s, personId: $p) { id status person { id } } }",
                Map.of("s", spelling.toUpperCase(), "p", person))
                .body("errors", nullValue())
                .body("data.resolveAllMentions", hasSize(3))
                .body("data.resolveAllMentions.status", org.hamcrest.Matchers.everyItem(equalTo("CONFIRMED")));
        for (String id : ids) {
            graphql("query($m: ID!) { mention(id: $m) { status person { id } } }", Map.of("m", id))
                    .body("data.mention.person.id", equalTo(person));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> findInQueue(String mentionId) {
        String after = null;
        int previous = Integer.MAX_VALUE;
        for (int page = 0; page < 50; page++) {
            Map<String, Object> queue = graphql(QUEUE, vars("after", after)).body("errors", nullValue()).extract().path("data.reviewQueue");
            for (Map<String, Object> edge : (List<Map<String, Object>>) queue.get("edges")) {
                int same = (Integer) edge.get("sameSpelling");
                assertTrue(same <= previous, "spellings with more open mentions come first");
                previous = same;
                if (mentionId.equals(((Map<String, Object>) edge.get("node")).get("id"))) {
                    return edge;
                }
            }
            Map<String, Object> pageInfo = (Map<String, Object>) queue.get("pageInfo");
            if (!(Boolean) pageInfo.get("hasNextPage")) {
                break;
            }
            after = (String) pageInfo.get("endCursor");
        }
        throw new AssertionError("mention " + mentionId + " is not in the review queue");
    }

    @Test
    void decisionsAnswerClearErrorsAndWriteNothing() {
        String person = person(uniqueWord("Ruth") + " Dreifuss", null);
        String name = uniqueWord("Otto") + " Stich";
        Map<String, Object> article = create(article("Errors", "Councillor " + name + " resigned."));
        String mention = mentionId(article, name);

        graphql(CONFIRM, vars("m", "999999999", "p", person)).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql(CONFIRM, vars("m", mention, "p", "999999999")).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql(CONFIRM, vars("m", "not-an-id", "p", person)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql(CONFIRM, vars("m", mention, "p", person, "v", 99)).body("errors[0].extensions.code", equalTo("CONFLICT"));
        anonymous(CONFIRM, vars("m", mention, "p", person)).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        withToken(Tokens.of("a-reader", "reader"), CONFIRM, vars("m", mention, "p", person))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        withToken(Tokens.expired(), REJECT, Map.of("m", mention)).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        graphql("mutation($s: String!, $p: ID!) { resolveAllMentions(spelling: $s, personId: $p) { id } }", Map.of("s", "  ", "p", person))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("spelling"));
        graphql("mutation($m: ID!) { createPersonFromMention(mentionId: $m) { id } }", Map.of("m", "999999999"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql(REJECT, Map.of("m", mention)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql("query($m: ID!) { mention(id: $m) { status person { id } } }", Map.of("m", mention))
                .body("data.mention.status", equalTo("UNRESOLVED"))
                .body("data.mention.person", nullValue());
    }

    @Test
    void everyDecisionRefusesWhatItCannotDo() {
        String person = person(uniqueWord("Pascal") + " Couchepin", null);
        String name = uniqueWord("Joseph") + " Deiss";
        String mention = mentionId(create(article("More errors", "Councillor " + name + " resigned.")), name);
        String rejectWith = "mutation($m: ID!, $p: ID, $v: Int) { rejectMention(mentionId: $m, personId: $p, version: $v) { id } }";

        graphql(rejectWith, vars("m", "999999999", "p", person)).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql(rejectWith, vars("m", mention, "p", "999999999")).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        graphql(rejectWith, vars("m", mention, "p", person, "v", 42)).body("errors[0].extensions.code", equalTo("CONFLICT"));
        withToken(Tokens.of("a-reader", "reader"), rejectWith, vars("m", mention, "p", person))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql("mutation($s: String!, $p: ID!) { resolveAllMentions(spelling: $s, personId: $p) { id } }",
                Map.of("s", name, "p", "999999999")).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        anonymous("mutation($s: String!, $p: ID!) { resolveAllMentions(spelling: $s, personId: $p) { id } }",
                Map.of("s", name, "p", person)).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        graphql("mutation($m: ID!, $i: PersonInput) { createPersonFromMention(mentionId: $m, input: $i) { id } }",
                Map.of("m", mention, "i", Map.of("name", "x".repeat(300))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        anonymous("mutation($m: ID!) { createPersonFromMention(mentionId: $m) { id } }", Map.of("m", mention))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        graphql("query($m: ID!) { mention(id: $m) { status person { id } } }", Map.of("m", mention))
                .body("data.mention.status", equalTo("UNRESOLVED"))
                .body("data.mention.person", nullValue());
    }

    @Test
    void twoEditorsConfirmingOneMentionAtOnceNeverLoseAnUpdate() throws Exception {
        String a = person(uniqueWord("Doris") + " Leuthard", null);
        String b = person(uniqueWord("Micheline") + " Calmy", null);
        String name = uniqueWord("Flavio") + " Cotti";
        String mention = mentionId(create(article("Race", "Councillor " + name + " resigned.")), name);
        int version = graphql("query($m: ID!) { mention(id: $m) { version } }", Map.of("m", mention)).extract().path("data.mention.version");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ValidatableResponse>> answers = new ArrayList<>();
        for (String person : List.of(a, b)) {
            answers.add(pool.submit(() -> {
                start.await();
                return graphql(CONFIRM, vars("m", mention, "p", person, "v", version));
            }));
        }
        start.countDown();
        List<String> winners = new ArrayList<>();
        int conflicts = 0;
        for (Future<ValidatableResponse> answer : answers) {
            var response = answer.get(30, TimeUnit.SECONDS).extract();
            if (response.path("errors") == null) {
                winners.add(response.path("data.confirmMention.person.id"));
            } else {
                assertEquals("CONFLICT", response.path("errors[0].extensions.code"));
                conflicts++;
            }
        }
        pool.shutdown();
        assertEquals(1, winners.size(), "exactly one confirmation wins");
        assertEquals(1, conflicts);
        graphql("query($m: ID!) { mention(id: $m) { status person { id } } }", Map.of("m", mention))
                .body("data.mention.person.id", equalTo(winners.get(0)));
    }

    @Test
    void aMergeRacingAConfirmationLeavesTheMentionWithAnExistingPerson() throws Exception {
        String source = person(uniqueWord("Adolf") + " Ogi", null);
        String target = person(uniqueWord("Kaspar") + " Villiger", null);
        String name = uniqueWord("Arnold") + " Koller";
        String mention = mentionId(create(article("Merge race", "Councillor " + name + " resigned.")), name);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<?> confirm = pool.submit(() -> {
            start.await();
            return graphql(CONFIRM, vars("m", mention, "p", source));
        });
        Future<?> merge = pool.submit(() -> {
            start.await();
            return asAdmin("mutation($s: ID!, $t: ID!) { mergePeople(sourceId: $s, targetId: $t) { id } }", Map.of("s", source, "t", target));
        });
        start.countDown();
        confirm.get(30, TimeUnit.SECONDS);
        merge.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        String linked = graphql("query($m: ID!) { mention(id: $m) { person { id } } }", Map.of("m", mention))
                .body("errors", nullValue()).extract().path("data.mention.person.id");
        if (linked != null) {
            graphql("query($p: ID!) { person(id: $p) { id } }", Map.of("p", linked)).body("data.person.id", equalTo(linked));
            assertTrue(data.personExists(Long.parseLong(linked)), "the mention points at a person that exists");
        }
    }

    @Test
    void anEditorsScreenHearsOfDecisionsThroughTheSubscription() throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        URI ws = URI.create(graphqlUri.toString().replaceFirst("^http", "ws"));
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(ws, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            messages.add(partial.toString());
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true).get();
        String ack = messages.poll(10, TimeUnit.SECONDS);
        assertNotNull(ack);
        assertTrue(ack.contains("connection_ack"), ack);
        socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                + "\"subscription { reviewQueueChanged { reason spelling mentionIds } }\"}}", true).get();
        Thread.sleep(300); // let the subscription be set up before the change happens

        String person = person(uniqueWord("Eveline") + " Widmer", null);
        String name = uniqueWord("Moritz") + " Leuenberger";
        String mention = mentionId(create(article("Screen", "Councillor " + name + " resigned.")), name);
        graphql(CONFIRM, vars("m", mention, "p", person)).body("errors", nullValue());

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean heard = false;
        while (!heard && System.nanoTime() < deadline) {
            String message = messages.poll(1, TimeUnit.SECONDS);
            heard = message != null && message.contains("\"next\"") && message.contains("CONFIRMED") && message.contains("\"" + mention + "\"");
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        assertTrue(heard, "the confirmation was announced to the subscriber");
    }
}

package io.canonym.audit;

import static io.canonym.support.GraphQL.anonymous;
import static io.canonym.support.GraphQL.asAdmin;
import static io.canonym.support.GraphQL.graphql;
import static io.canonym.support.GraphQL.unique;
import static io.canonym.support.GraphQL.withToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.canonym.support.Tokens;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/** Every editorial change is in auditLog, newest first, with its actor and the data before and after it. */
@QuarkusTest
class AuditLogTest {

    static final String CREATE = "mutation($input: PersonInput!) { createPerson(input: $input) { id } }";
    static final String LOG = """
            query($p: ID, $first: Int, $after: String) {
              auditLog(personId: $p, first: $first, after: $after) {
                totalCount
                edges { cursor node { id action actor at before after personIds } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    @Test
    void aPersonsChangesAreListedNewestFirstWithTheirActorsAndData() {
        String name = unique("Audited ");
        String id = withToken(Tokens.of("alice", "editor"), CREATE, Map.of("input", Map.of("name", name)))
                .extract().path("data.createPerson.id");
        withToken(Tokens.of("bob", "editor"), "mutation($id: ID!) { addVariant(personId: $id, spelling: \"Audyted\") { id } }",
                Map.of("id", id)).body("errors", nullValue());
        withToken(Tokens.of("carol", "editor"), """
                mutation($id: ID!) { updatePerson(id: $id, input: {name: "Renamed"}, version: 0) { id } }""",
                Map.of("id", id)).body("errors", nullValue());

        List<Map<String, String>> entries = graphql(LOG, Map.of("p", id))
                .body("errors", nullValue())
                .body("data.auditLog.totalCount", equalTo(3))
                .body("data.auditLog.edges.node.action", contains("updatePerson", "addVariant", "createPerson"))
                .body("data.auditLog.edges.node.actor", contains("carol", "bob", "alice"))
                .body("data.auditLog.edges.node.personIds", everyItem(equalTo(List.of(id))))
                .body("data.auditLog.edges[2].node.before", nullValue())
                .body("data.auditLog.edges[2].node.at", notNullValue())
                .extract().path("data.auditLog.edges.node");

        assertEquals(name, json(entries.get(0).get("before")).getString("name"));
        assertEquals("Renamed", json(entries.get(0).get("after")).getString("name"));
        assertEquals("Audyted", json(entries.get(1).get("after")).getString("spelling"));
        assertEquals(name, json(entries.get(2).get("after")).getString("variants[0].spelling"));
    }

    private static JsonPath json(String document) {
        return JsonPath.from(document);
    }

    @Test
    void aMergeIsInBothPeoplesLogs() {
        String source = graphql(CREATE, Map.of("input", Map.of("name", unique("Merged Source ")))).extract().path("data.createPerson.id");
        String target = graphql(CREATE, Map.of("input", Map.of("name", unique("Merged Target ")))).extract().path("data.createPerson.id");
        asAdmin("mutation($s: ID!, $t: ID!) { mergePeople(sourceId: $s, targetId: $t) { id } }", Map.of("s", source, "t", target))
                .body("errors", nullValue());

        for (String person : List.of(source, target)) {
            graphql(LOG, Map.of("p", person, "first", 1))
                    .body("data.auditLog.edges[0].node.action", equalTo("mergePeople"))
                    .body("data.auditLog.edges[0].node.actor", equalTo(Tokens.ADMIN_SUBJECT))
                    .body("data.auditLog.edges[0].node.personIds", equalTo(List.of(source, target)));
        }
    }

    @Test
    void pagesFollowEachOtherWithoutRepeats() {
        String id = graphql(CREATE, Map.of("input", Map.of("name", unique("Paged ")))).extract().path("data.createPerson.id");
        for (int i = 0; i < 4; i++) {
            graphql("mutation($id: ID!, $s: String!) { addVariant(personId: $id, spelling: $s) { id } }",
                    Map.of("id", id, "s", "Paged Spelling " + i)).body("errors", nullValue());
        }
        Map<String, Object> variables = new HashMap<>(Map.of("p", id, "first", 2));
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            if (after != null) {
                variables.put("after", after);
            }
            var page = graphql(LOG, variables).body("errors", nullValue()).extract();
            seen.addAll(page.path("data.auditLog.edges.node.id"));
            after = page.path("data.auditLog.pageInfo.hasNextPage") ? page.path("data.auditLog.pageInfo.endCursor") : null;
        } while (after != null);

        assertEquals(5, seen.size());
        assertEquals(5, seen.stream().distinct().count());
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        String id = graphql(CREATE, Map.of("input", Map.of("name", unique("Unchanged ")))).extract().path("data.createPerson.id");
        graphql("mutation($id: ID!) { updatePerson(id: $id, input: {name: \"\"}, version: 0) { id } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));

        graphql(LOG, Map.of("p", id)).body("data.auditLog.totalCount", equalTo(1))
                .body("data.auditLog.edges.node.action", hasItem("createPerson"));
    }

    @Test
    void theLogIsForEditorsOnly() {
        anonymous(LOG).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        withToken(Tokens.of("reader"), LOG, Map.of()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aForeignCursorIsBadInput() {
        graphql(LOG, Map.of("after", "bm90LWEtY3Vyc29y"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("after"));
    }
}

package io.canonym.person;

import static io.canonym.support.GraphQL.anonymous;
import static io.canonym.support.GraphQL.asAdmin;
import static io.canonym.support.GraphQL.graphql;
import static io.canonym.support.GraphQL.unique;
import static io.canonym.support.GraphQL.withToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.canonym.mention.MentionStatus;
import io.canonym.support.TestData;
import io.canonym.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** updatePerson, removeVariant and deletePerson over HTTP. */
@QuarkusTest
class PersonEditingTest {

    static final String UPDATE = """
            mutation($id: ID!, $input: PersonInput!, $version: Int!) {
              updatePerson(id: $id, input: $input, version: $version) { id name nativeName description version
                variants { id spelling source } }
            }""";
    static final String REMOVE = "mutation($id: ID!) { removeVariant(variantId: $id) { id variants { spelling } } }";
    static final String DELETE = "mutation($id: ID!) { deletePerson(id: $id) }";
    static final String PERSON = "query($id: ID!) { person(id: $id) { id name version variants { id spelling source } } }";
    static final String RESOLVE = "query($n: String!) { resolveName(name: $n) { decision candidates { person { id } matchedVariant } } }";

    @Inject
    TestData data;

    @Test
    void updatePersonReplacesTheNamesKeepsTheOldNameAsASpellingAndBumpsTheVersion() {
        String id = PersonApiTest.createPerson(Map.of("name", "Sergei Shoygu", "description", "old"));

        graphql(UPDATE, Map.of("id", id, "version", 0, "input", Map.of("name", "Sergei Shoigu",
                "nativeName", "Сергей Шойгу", "description", "Secretary of the Security Council", "variants", List.of("Schoigu"))))
                .body("errors", nullValue())
                .body("data.updatePerson.name", equalTo("Sergei Shoigu"))
                .body("data.updatePerson.description", equalTo("Secretary of the Security Council"))
                .body("data.updatePerson.version", equalTo(1))
                .body("data.updatePerson.variants.spelling",
                        containsInAnyOrder("Sergei Shoygu", "Sergei Shoigu", "Сергей Шойгу", "Schoigu"))
                .body("data.updatePerson.variants.find { it.spelling == 'Sergei Shoigu' }.source", equalTo("CANONICAL"))
                .body("data.updatePerson.variants.find { it.spelling == 'Sergei Shoygu' }.source", equalTo("EDITOR"));
    }

    @Test
    void updatePersonWithAStaleVersionIsAConflictAndWritesNothing() {
        String id = PersonApiTest.createPerson(Map.of("name", unique("Stale ")));
        graphql(UPDATE, Map.of("id", id, "version", 0, "input", Map.of("name", "First Edit"))).body("errors", nullValue());

        graphql(UPDATE, Map.of("id", id, "version", 0, "input", Map.of("name", "Second Edit")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        graphql(PERSON, Map.of("id", id))
                .body("data.person.name", equalTo("First Edit"))
                .body("data.person.version", equalTo(1));
    }

    @Test
    void updatePersonOfNobodyIsNotFound() {
        graphql(UPDATE, Map.of("id", "987654321", "version", 0, "input", Map.of("name", "Nobody")))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void updatePersonWithAnEmptyNameIsBadInputAndWritesNothing() {
        String name = unique("Kept ");
        String id = PersonApiTest.createPerson(Map.of("name", name));

        graphql(UPDATE, Map.of("id", id, "version", 0, "input", Map.of("name", " ")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.name"));
        graphql(PERSON, Map.of("id", id)).body("data.person.name", equalTo(name)).body("data.person.version", equalTo(0));
    }

    @Test
    void updatePersonNeedsAnEditor() {
        String id = PersonApiTest.createPerson(Map.of("name", unique("Guarded ")));

        anonymous(UPDATE, Map.of("id", id, "version", 0, "input", Map.of("name", "Anonymous Edit")))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        withToken(Tokens.of("reader"), UPDATE, Map.of("id", id, "version", 0, "input", Map.of("name", "Reader Edit")))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql(PERSON, Map.of("id", id)).body("data.person.version", equalTo(0));
    }

    @Test
    void aRemovedSpellingNoLongerResolves() {
        String spelling = "Qzxw " + unique("Vrolk");
        String id = PersonApiTest.createPerson(Map.of("name", unique("Removal Target "), "variants", List.of(spelling)));
        graphql(RESOLVE, Map.of("n", spelling)).body("data.resolveName.candidates.person.id", hasItem(id));
        String variantId = graphql(PERSON, Map.of("id", id)).extract()
                .path("data.person.variants.find { it.spelling == '" + spelling + "' }.id");

        graphql(REMOVE, Map.of("id", variantId))
                .body("errors", nullValue())
                .body("data.removeVariant.id", equalTo(id))
                .body("data.removeVariant.variants.spelling", not(hasItem(spelling)));
        // The person may still be a weak candidate through their other names (test names share random suffixes),
        // but never through the removed spelling, and never confidently.
        graphql(RESOLVE, Map.of("n", spelling))
                .body("data.resolveName.candidates.matchedVariant", not(hasItem(spelling)))
                .body("data.resolveName.decision", not(equalTo("MATCH")));
    }

    @Test
    void theCanonicalNameCannotBeRemoved() {
        String id = PersonApiTest.createPerson(Map.of("name", unique("Canonical ")));
        String variantId = graphql(PERSON, Map.of("id", id)).extract().path("data.person.variants[0].id");

        graphql(REMOVE, Map.of("id", variantId))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("variantId"));
    }

    @Test
    void removingAnUnknownVariantIsNotFound() {
        graphql(REMOVE, Map.of("id", "987654321")).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void anAdminDeletesAPersonWhoseMentionsGoBackToTheQueue() {
        String spelling = unique("Deletable ");
        String id = PersonApiTest.createPerson(Map.of("name", spelling));
        long article = data.article(unique("Deletion "), "Today " + spelling + " spoke.", null);
        long mention = data.mention(article, spelling, Long.valueOf(id), MentionStatus.CONFIRMED);

        asAdmin(DELETE, Map.of("id", id))
                .body("errors", nullValue())
                .body("data.deletePerson", equalTo(id));
        graphql(PERSON, Map.of("id", id)).body("data.person", nullValue());
        graphql(RESOLVE, Map.of("n", spelling)).body("data.resolveName.candidates.person.id", not(hasItem(id)));
        assertEquals(new TestData.MentionState(null, "UNRESOLVED", null), data.mentionState(mention));
    }

    @Test
    void anEditorMayNotDeleteAPerson() {
        String id = PersonApiTest.createPerson(Map.of("name", unique("Undeletable ")));

        graphql(DELETE, Map.of("id", id))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql(PERSON, Map.of("id", id)).body("data.person.id", equalTo(id));
    }

    @Test
    void deletingNobodyIsNotFound() {
        asAdmin(DELETE, Map.of("id", "987654321")).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void theVersionIsExposedAndStartsAtZero() {
        String id = PersonApiTest.createPerson(Map.of("name", unique("Versioned ")));
        graphql(PERSON, Map.of("id", id)).body("data.person.version", equalTo(0))
                .body("data.person.variants.source", contains("CANONICAL"));
    }
}

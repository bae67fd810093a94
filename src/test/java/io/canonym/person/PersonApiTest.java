package io.canonym.person;

import static io.canonym.support.GraphQL.graphql;
import static io.canonym.support.GraphQL.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.canonym.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PersonApiTest {

    static final String CREATE = """
            mutation($input: PersonInput!) {
              createPerson(input: $input) { id name nativeName description version variants { id spelling source } }
            }""";

    @Inject
    TestData data;

    static String createPerson(Map<String, Object> input) {
        return graphql(CREATE, Map.of("input", input)).extract().path("data.createPerson.id");
    }

    @Test
    void createsPersonWithCanonicalNativeAndEditorVariants() {
        graphql(CREATE, Map.of("input", Map.of(
                "name", "Sergei Shoigu", "nativeName", "Сергей Шойгу",
                "description", "Secretary of Russia's Security Council",
                "variants", List.of("Sergey Shoygu", "Sergej Schoigu", "Sergei Shoigu"))))
                .body("errors", nullValue())
                .body("data.createPerson.id", notNullValue())
                .body("data.createPerson.name", equalTo("Sergei Shoigu"))
                .body("data.createPerson.nativeName", equalTo("Сергей Шойгу"))
                .body("data.createPerson.version", equalTo(0))
                .body("data.createPerson.variants.spelling",
                        contains("Sergei Shoigu", "Сергей Шойгу", "Sergey Shoygu", "Sergej Schoigu"))
                .body("data.createPerson.variants.source", contains("CANONICAL", "NATIVE", "EDITOR", "EDITOR"));
    }

    @Test
    void readsPersonBackById() {
        String id = createPerson(Map.of("name", "Volodymyr Zelenskyy", "nativeName", "Володимир Зеленський"));

        graphql("query($id: ID!) { person(id: $id) { id name nativeName variants { spelling } } }", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.person.id", equalTo(id))
                .body("data.person.name", equalTo("Volodymyr Zelenskyy"))
                .body("data.person.variants.spelling", containsInAnyOrder("Volodymyr Zelenskyy", "Володимир Зеленський"));
    }

    @Test
    void answersNullForUnknownPerson() {
        graphql("{ person(id: \"987654321\") { id } }")
                .body("errors", nullValue())
                .body("data.person", nullValue());
    }

    @Test
    void rejectsMalformedIdAsBadUserInput() {
        graphql("{ person(id: \"abc\") { id } }")
                .body("data.person", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("id"));
    }

    @Test
    void rejectsEmptyNameAndWritesNothing() {
        long before = data.count(Person.class);

        graphql(CREATE, Map.of("input", Map.of("name", "   ", "variants", List.of("Someone"))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.name"));

        assertEquals(before, data.count(Person.class));
    }

    @Test
    void rejectsOverLongNameAndControlCharacters() {
        graphql(CREATE, Map.of("input", Map.of("name", "x".repeat(Person.MAX_NAME_LENGTH + 1))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.name"));
        graphql(CREATE, Map.of("input", Map.of("name", "Kim\u0000Jong")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql(CREATE, Map.of("input", Map.of("name", "Kim Jong-un", "variants", List.of("ok", "bad\u0007"))))
                .body("errors[0].extensions.field", equalTo("input.variants[1]"));
    }

    @Test
    void rejectsSecondPersonWithSameExternalIdAsConflict() {
        String qid = unique("Q");
        createPerson(Map.of("name", "Kim Jong Un", "externalId", qid));
        long before = data.count(Person.class);

        graphql(CREATE, Map.of("input", Map.of("name", "Kim Jong-un", "externalId", qid)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));

        assertEquals(before, data.count(Person.class));
    }

    @Test
    void searchFindsPersonByAnySpellingIgnoringCaseAndAccents() {
        String surname = unique("Zelensk");
        String id = createPerson(Map.of("name", "Volodymyr " + surname, "variants", List.of("Wołodymyr Śelenśkyj" + surname)));

        graphql("query($s: String) { people(search: $s) { totalCount edges { node { id } } } }",
                Map.of("s", "wolodymyr selenskyj" + surname.toUpperCase()))
                .body("errors", nullValue())
                .body("data.people.totalCount", equalTo(1))
                .body("data.people.edges.node.id", contains(id));
    }

    @Test
    void searchAsYouTypeFindsPersonFromAPrefixInAnyScriptOrSpelling() {
        String id = createPerson(Map.of("name", "Sergei Shoigu", "nativeName", "Сергей Шойгу"));

        for (String prefix : List.of("шойг", "Schoi", "Sergei Sho", "shoig")) {
            graphql("query($s: String) { people(search: $s, first: 100) { edges { node { id } } } }", Map.of("s", prefix))
                    .body("errors", nullValue())
                    .body("data.people.edges.node.id", org.hamcrest.Matchers.hasItem(id));
        }
    }
}

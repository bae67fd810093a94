package io.canonym.person;

import static io.canonym.support.GraphQL.graphql;
import static io.canonym.support.GraphQL.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** importPeople's fast path (PersonImporter): the rows it writes, and its ids next to those Hibernate hands out. */
@QuarkusTest
class PersonImportTest {

    private static final String IMPORT = "mutation($i: [PersonInput!]!) { importPeople(input: $i) { created ids } }";

    @Inject
    DataSource dataSource;

    @Test
    void importedRowsCarryEveryFieldAndEachSpellingOnce() throws Exception {
        String token = unique("row");
        List<Map<String, Object>> input = List.of(Map.of("name", "Anna Politkovskaya " + token,
                "nativeName", "Анна Политковская", "description", "Journalist", "externalId", unique("Q"),
                "variants", List.of("Anna Politkowskaja", "Anna Politkowskaja", "Anna Politkovskaya " + token)));
        List<String> ids = graphql(IMPORT, Map.of("i", input)).body("errors", nullValue()).extract().path("data.importPeople.ids");

        graphql("query($id: ID!) { person(id: $id) { name nativeName description version variants { spelling source } } }",
                Map.of("id", ids.get(0)))
                .body("data.person.nativeName", equalTo("Анна Политковская"))
                .body("data.person.description", equalTo("Journalist"))
                .body("data.person.version", equalTo(0))
                .body("data.person.variants.spelling", equalTo(List.of("Anna Politkovskaya " + token, "Анна Политковская",
                        "Anna Politkowskaja")))
                .body("data.person.variants.source", equalTo(List.of("CANONICAL", "NATIVE", "IMPORT")));
        assertEquals("anna politkowskaja", normalizedOf(Long.parseLong(ids.get(0)), "Anna Politkowskaja"));
    }

    @Test
    void importedAndSingleCreatedPeopleNeverShareAnIdAndImportIdsFollowTheInput() {
        Set<String> seen = new HashSet<>();
        for (int round = 0; round < 3; round++) {
            List<Map<String, Object>> input = new ArrayList<>();
            for (int i = 0; i < 120; i++) { // more than one block of 50 ids
                input.add(Map.of("name", "Imported Person " + unique("n")));
            }
            List<String> ids = graphql(IMPORT, Map.of("i", input)).body("errors", nullValue())
                    .extract().path("data.importPeople.ids");
            for (int i = 1; i < ids.size(); i++) {
                assertTrue(Long.parseLong(ids.get(i)) > Long.parseLong(ids.get(i - 1)), "ids ascend with the input: " + ids);
            }
            String created = graphql("mutation($n: String!) { createPerson(input: { name: $n, variants: [\"X Y\"] }) { id } }",
                    Map.of("n", "Created Person " + unique("c"))).body("errors", nullValue()).extract().path("data.createPerson.id");
            ids.forEach(id -> assertTrue(seen.add(id), "id " + id + " handed out twice"));
            assertTrue(seen.add(created), "id " + created + " handed out twice");
        }
    }

    @Test
    void anImportCollidingWithAStoredExternalIdWritesNothing() {
        String qid = unique("Q");
        graphql(IMPORT, Map.of("i", List.of(Map.of("name", "First Holder", "externalId", qid)))).body("errors", nullValue());
        String name = "Second Holder " + unique("s");
        graphql(IMPORT, Map.of("i", List.of(Map.of("name", name), Map.of("name", "Third", "externalId", qid))))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        graphql("query($s: String) { people(search: $s) { totalCount } }", Map.of("s", name))
                .body("data.people.totalCount", equalTo(0));
    }

    private String normalizedOf(long personId, String spelling) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT normalized FROM name_variant WHERE person_id = ? AND spelling = ?")) {
            q.setLong(1, personId);
            q.setString(2, spelling);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}

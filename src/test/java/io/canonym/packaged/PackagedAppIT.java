package io.canonym.packaged;

import static io.canonym.support.GraphQL.graphql;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged jar, in prod mode, against a real PostgreSQL: migrated at start, no demo data, the API served. */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedDatabaseResource.class)
class PackagedAppIT {

    @Test
    void migratesTheSchemaAndLoadsNoDemoData() {
        // The demo data would bring Shoigu and Zelenskyy, and the seed article; these tests create neither.
        graphql("{ shoigu: people(search: \"Shoigu\") { totalCount } zelenskyy: people(search: \"Zelensk\") { totalCount }"
                + " articles { totalCount } }")
                .body("errors", nullValue())
                .body("data.shoigu.totalCount", equalTo(0))
                .body("data.zelenskyy.totalCount", equalTo(0))
                .body("data.articles.totalCount", equalTo(0));
    }

    @Test
    void createsAndReadsAPerson() {
        String id = graphql("mutation($i: PersonInput!) { createPerson(input: $i) { id } }",
                Map.of("i", Map.of("name", "Kim Jong Un", "nativeName", "김정은", "variants", List.of("Kim Jong-un"))))
                .body("errors", nullValue()).extract().path("data.createPerson.id");

        graphql("query($id: ID!) { person(id: $id) { name variants { spelling source } } }", Map.of("id", id))
                .body("data.person.name", equalTo("Kim Jong Un"))
                .body("data.person.variants.source", equalTo(List.of("CANONICAL", "NATIVE", "EDITOR")));
    }

    @Test
    void reportsHealthAndHidesTheDevUi() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/graphql-ui/").then().statusCode(404);
    }
}

package io.canonym.packaged;

import static io.canonym.support.GraphQL.anonymous;
import static io.canonym.support.GraphQL.withToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.canonym.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged jar, in prod mode, against a real PostgreSQL: migrated at start, no demo data, the API served; it trusts
 * the tokens of the identity provider it is configured with, and nothing of dev mode's (no dev key, no token minting).
 */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedDatabaseResource.class)
@WithTestResource(TrustedIssuerResource.class)
class PackagedAppIT {

    static final String CREATE = "mutation($i: PersonInput!) { createPerson(input: $i) { id } }";

    @Test
    void migratesTheSchemaAndLoadsNoDemoData() {
        // The demo data would bring Shoigu and Zelenskyy, and the seed article; these tests create neither.
        anonymous("{ shoigu: people(search: \"Shoigu\") { totalCount } zelenskyy: people(search: \"Zelensk\") { totalCount }"
                + " articles { totalCount } }")
                .body("errors", nullValue())
                .body("data.shoigu.totalCount", equalTo(0))
                .body("data.zelenskyy.totalCount", equalTo(0))
                .body("data.articles.totalCount", equalTo(0));
    }

    @Test
    void createsAndReadsAPerson() {
        String id = withToken(TrustedIssuerResource.editorToken(), CREATE,
                Map.of("i", Map.of("name", "Kim Jong Un", "nativeName", "김정은", "variants", List.of("Kim Jong-un"))))
                .body("errors", nullValue()).extract().path("data.createPerson.id");

        anonymous("query($id: ID!) { person(id: $id) { name variants { spelling source } } }", Map.of("id", id))
                .body("data.person.name", equalTo("Kim Jong Un"))
                .body("data.person.variants.source", equalTo(List.of("CANONICAL", "NATIVE", "EDITOR")));
    }

    @Test
    void trustsNoTokenSignedWithTheDevKey() {
        withToken(Tokens.of("dev-editor", "editor", "admin"), CREATE, Map.of("i", Map.of("name", "Dev Key Holder")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        anonymous("{ people(search: \"Dev Key Holder\") { totalCount } }").body("data.people.totalCount", equalTo(0));
    }

    @Test
    void mintsNoTokens() {
        given().get("/dev/token").then().statusCode(404);
        given().queryParam("sub", "mallory").queryParam("groups", "admin").get("/dev/token").then().statusCode(404);
    }

    @Test
    void reportsHealthAndHidesTheDevUi() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/graphql-ui/").then().statusCode(404);
    }
}

package io.canonym.security;

import static io.canonym.support.GraphQL.unique;
import static io.canonym.support.GraphQL.withToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The dev token endpoint (dev and test builds only; PackagedAppIT checks that prod has none). */
@QuarkusTest
class DevTokenTest {

    static final String CREATE = "mutation($input: PersonInput!) { createPerson(input: $input) { id } }";

    @Test
    void aMintedEditorTokenLetsItsHolderCreateAPerson() {
        String token = given().queryParam("sub", "alice").queryParam("groups", "editor")
                .get("/dev/token").then().statusCode(200).extract().asString().strip();

        withToken(token, CREATE, Map.of("input", Map.of("name", unique("Minted "))))
                .body("errors", nullValue())
                .body("data.createPerson.id", notNullValue());
    }

    @Test
    void aMintedTokenWithoutGroupsNamedIsAnEditors() {
        String token = given().get("/dev/token").then().statusCode(200).extract().asString().strip();

        withToken(token, CREATE, Map.of("input", Map.of("name", unique("Minted "))))
                .body("errors", nullValue());
    }

    @Test
    void refusesOddSubjects() {
        given().queryParam("sub", "<script>").get("/dev/token").then().statusCode(400);
    }

    @Test
    void aMintedReaderTokenCannotWrite() {
        String token = given().queryParam("sub", "bob").queryParam("groups", "reader")
                .get("/dev/token").then().statusCode(200).extract().asString().strip();

        withToken(token, CREATE, Map.of("input", Map.of("name", unique("Minted "))))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}

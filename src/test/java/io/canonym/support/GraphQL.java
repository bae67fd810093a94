package io.canonym.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Sends GraphQL requests over HTTP, as a front end would. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse graphql(String query) {
        return graphql(query, Map.of());
    }

    public static ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /** A string no other test uses, so that tests sharing one database can find their own rows. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}

package io.canonym.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Sends GraphQL requests over HTTP, as a front end would. {@link #graphql} signs in as an editor, as the editors'
 * desk does; {@link #anonymous}, {@link #asAdmin} and {@link #withToken} send other credentials.
 */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse graphql(String query) {
        return graphql(query, Map.of());
    }

    public static ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return withToken(Tokens.editor(), query, variables);
    }

    public static ValidatableResponse asAdmin(String query, Map<String, Object> variables) {
        return withToken(Tokens.admin(), query, variables);
    }

    public static ValidatableResponse anonymous(String query) {
        return anonymous(query, Map.of());
    }

    public static ValidatableResponse anonymous(String query, Map<String, Object> variables) {
        return send(given(), query, variables);
    }

    /** With {@code Authorization: Bearer token}. */
    public static ValidatableResponse withToken(String token, String query, Map<String, Object> variables) {
        return send(given().auth().oauth2(token), query, variables);
    }

    private static ValidatableResponse send(RequestSpecification request, String query, Map<String, Object> variables) {
        return request.contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /** A string no other test uses, so that tests sharing one database can find their own rows. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}

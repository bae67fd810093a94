package io.canonym.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What operators and front ends rely on besides the GraphQL API itself. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthIncludesTheDatabase() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void servesPrometheusMetrics() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void servesTheSchema() {
        given().when().get("/graphql/schema.graphql")
                .then().statusCode(200)
                .body(containsString("people(after: String, first: Int, search: String): PersonConnection!"));
    }

    @Test
    void allowsConfiguredBrowserOrigins() {
        given().header("Origin", "https://newsroom.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://newsroom.example.org"));
    }

    @Test
    void refusesOtherBrowserOrigins() {
        given().header("Origin", "https://attacker.example.net")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}

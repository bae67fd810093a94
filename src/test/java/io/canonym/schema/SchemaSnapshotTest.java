package io.canonym.schema;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The GraphQL schema is a contract with front ends. This test fails when the served schema differs from the
 * snapshot in the repository, so that every change to the contract is a deliberate, reviewed change of the snapshot.
 * To accept a change: {@code ./mvnw test -Dtest=SchemaSnapshotTest -Dcanonym.schema.update=true}, then review the
 * diff (fields are never removed or renamed without a deprecation first).
 */
@QuarkusTest
class SchemaSnapshotTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/graphql/schema.graphql");

    @Test
    void servedSchemaMatchesTheSnapshot() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("canonym.schema.update")) {
            Files.writeString(SNAPSHOT, served, StandardCharsets.UTF_8);
        }
        String snapshot = Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "";
        assertEquals(snapshot, served, "The GraphQL schema changed; see this test's Javadoc to update the snapshot");
    }
}

package io.canonym.common;

import static io.canonym.support.GraphQL.graphql;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Requests that are malformed or too expensive are refused with BAD_USER_INPUT, and internals never leak. */
@QuarkusTest
class GuardRailsTest {

    @Test
    void refusesQueriesDeeperThanTheLimit() {
        // people > edges > node > articles > edges > node > people > ... : three levels per hop, 18 levels in all
        String deep = "id";
        for (int hop = 0; hop < 3; hop++) {
            deep = "articles { edges { node { people { " + deep + " } } } }";
        }
        deep = "{ people { edges { node { " + deep + " } } } }";
        graphql(deep)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("depth"));
    }

    @Test
    void refusesQueriesMoreComplexThanTheLimit() {
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            wide.append(" a").append(i).append(": people(first: 1) { totalCount }");
        }
        graphql(wide.append(" }").toString())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("complexity"));
    }

    @Test
    void reportsSyntaxErrorsAsBadUserInput() {
        graphql("{ people(first: ) { totalCount }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void reportsUnknownFieldsAsBadUserInput() {
        graphql("{ people { password } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("password"));
    }

    @Test
    void reportsVariablesOfTheWrongTypeAsBadUserInput() {
        graphql("query($n: Int) { people(first: $n) { totalCount } }", java.util.Map.of("n", "twenty"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void errorMessagesCarryNoStackTracesOrSql() {
        graphql("{ person(id: \"12x\") { id } }")
                .body("errors[0].message", not(containsString("Exception")))
                .body("errors[0].message", not(containsString("select")))
                .body("errors[0].extensions", not(org.hamcrest.Matchers.hasKey("exception")));
    }

    @Test
    void refusesRequestBodiesOverTheHttpLimit() {
        given().contentType(ContentType.JSON)
                .body("{\"query\":\"{ people { totalCount } }\",\"pad\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}")
                .when().post("/graphql")
                .then().statusCode(413);
    }
}

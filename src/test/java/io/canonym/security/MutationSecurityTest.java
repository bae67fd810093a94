package io.canonym.security;

import static io.canonym.support.GraphQL.anonymous;
import static io.canonym.support.GraphQL.graphql;
import static io.canonym.support.GraphQL.unique;
import static io.canonym.support.GraphQL.withToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.canonym.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MutationSecurityTest {

    static final String CREATE = "mutation($input: PersonInput!) { createPerson(input: $input) { id } }";
    static final String FIND = "query($s: String) { people(search: $s) { totalCount } }";

    @Test
    void anEditorMayCreateAPerson() {
        graphql(CREATE, Map.of("input", Map.of("name", unique("Editor Made "))))
                .body("errors", nullValue())
                .body("data.createPerson.id", notNullValue());
    }

    @Test
    void anAnonymousCallerMayReadButNotWrite() {
        String name = unique("Anonymous ");
        anonymous(CREATE, Map.of("input", Map.of("name", name)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        anonymous(FIND, Map.of("s", name))
                .body("errors", nullValue())
                .body("data.people.totalCount", equalTo(0));
    }

    @Test
    void anExpiredTokenIsUnauthenticatedAndWritesNothing() {
        refusedAsUnauthenticated(Tokens.expired());
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthenticated() {
        refusedAsUnauthenticated(Tokens.fromAnotherIssuer());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthenticated() {
        refusedAsUnauthenticated(Tokens.signedWithAnotherKey());
    }

    @Test
    void garbageInsteadOfATokenIsUnauthenticated() {
        refusedAsUnauthenticated("not-a-jwt");
    }

    @Test
    void aReaderWithoutTheEditorGroupIsForbiddenToWrite() {
        String name = unique("Reader ");
        withToken(Tokens.of("reader", "reader"), CREATE, Map.of("input", Map.of("name", name)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        nobodyIsCalled(name);
    }

    @Test
    void anAdminIsAnEditorToo() {
        withToken(Tokens.admin(), CREATE, Map.of("input", Map.of("name", unique("Admin Made "))))
                .body("errors", nullValue())
                .body("data.createPerson.id", notNullValue());
    }

    private static void refusedAsUnauthenticated(String token) {
        String name = unique("Refused ");
        withToken(token, CREATE, Map.of("input", Map.of("name", name)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        nobodyIsCalled(name);
    }

    private static void nobodyIsCalled(String name) {
        anonymous(FIND, Map.of("s", name)).body("data.people.totalCount", equalTo(0));
    }
}

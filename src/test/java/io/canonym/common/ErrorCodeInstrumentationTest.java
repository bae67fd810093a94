package io.canonym.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.canonym.common.graphql.ErrorCodeInstrumentationProbe;

class ErrorCodeInstrumentationTest {

    private static GraphQLError failedWith(Throwable exception) {
        return new ExceptionWhileDataFetching(ResultPath.parse("/person"), exception, new SourceLocation(1, 3));
    }

    @Test
    void hidesUnexpectedExceptionsBehindInternal() {
        GraphQLError error = ErrorCodeInstrumentationProbe.withCode(
                failedWith(new IllegalStateException("select * from person where secret = 1")));

        assertEquals("INTERNAL", error.getExtensions().get("code"));
        assertEquals("Internal server error", error.getMessage());
        assertFalse(error.toSpecification().toString().contains("secret"));
        assertEquals(List.of("person"), error.getPath());
    }

    @Test
    void reportsUniqueViolationsAsConflict() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        GraphQLError error = ErrorCodeInstrumentationProbe.withCode(failedWith(new RuntimeException("wrapped", unique)));

        assertEquals("CONFLICT", error.getExtensions().get("code"));
        assertFalse(error.getMessage().contains("duplicate key"));
    }

    @Test
    void keepsOurOwnCodeAndField() {
        GraphQLError error = ErrorCodeInstrumentationProbe.withCode(
                failedWith(new RuntimeException(ApiException.badInput("input.name", "must not be empty"))));

        assertEquals("BAD_USER_INPUT", error.getExtensions().get("code"));
        assertEquals("input.name", error.getExtensions().get("field"));
        assertEquals("input.name: must not be empty", error.getMessage());
    }
}

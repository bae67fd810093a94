package io.canonym.common.graphql;

import graphql.GraphQLError;

/** Opens the package-private error mapping to tests in other packages. */
public final class ErrorCodeInstrumentationProbe {

    private ErrorCodeInstrumentationProbe() {
    }

    public static GraphQLError withCode(GraphQLError error) {
        return ErrorCodeInstrumentation.withCode(error);
    }
}

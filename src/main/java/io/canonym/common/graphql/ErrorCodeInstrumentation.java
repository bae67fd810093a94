package io.canonym.common.graphql;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.canonym.common.ApiException;
import io.canonym.common.ErrorCode;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Gives every GraphQL error a stable {@code extensions.code} from {@link ErrorCode}, whatever raised it: our own
 * {@link ApiException}s, graphql-java's validation and coercion errors, the depth and complexity limits, optimistic
 * locking, constraint violations and security checks. Anything unexpected becomes {@code INTERNAL} with a generic message, so that no
 * stack trace or SQL reaches a client; it is logged instead.
 */
public class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(ErrorCodeInstrumentation.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodeInstrumentation::withCode).toList();
        boolean badRequest = errors.stream().anyMatch(e -> ErrorCode.BAD_USER_INPUT.name().equals(e.getExtensions().get("code")));
        if (badRequest) {
            // A rejected argument leaves its field null; the null-in-non-null error that follows is only an echo.
            errors = errors.stream().filter(e -> e.getErrorType() != ErrorType.NullValueInNonNullableField).toList();
        }
        List<GraphQLError> reported = errors;
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(reported)));
    }

    static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(error, fetching.getException());
        }
        ErrorCode given = givenCode(error);
        if (given != null) {
            return build(error, error.getMessage(), given, null);
        }
        ErrorCode code = isRequestError(error) ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL;
        return build(error, code == ErrorCode.INTERNAL ? internal(error.getMessage(), null) : error.getMessage(), code, null);
    }

    /** A code set where the error was made (e.g. the EditorGate's refusals). */
    private static ErrorCode givenCode(GraphQLError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        for (ErrorCode known : ErrorCode.values()) {
            if (known.name().equals(code)) {
                return known;
            }
        }
        return null;
    }

    private static boolean isRequestError(GraphQLError error) {
        return error.getErrorType() == ErrorType.ValidationError
                || error.getErrorType() == ErrorType.InvalidSyntax
                || error.getErrorType() == ErrorType.ExecutionAborted;
    }

    private static GraphQLError fromException(GraphQLError error, Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return build(error, api.getMessage(), api.code(), api.field());
            }
            if (cause instanceof ForbiddenException) {
                return build(error, "You are not allowed to do this", ErrorCode.FORBIDDEN, null);
            }
            if (cause instanceof UnauthorizedException || cause instanceof AuthenticationException) {
                return build(error, "Sign in first: this needs a valid bearer token", ErrorCode.UNAUTHENTICATED, null);
            }
            if (isOptimisticLockFailure(cause)) {
                return build(error, "Someone else changed this data first; reload it and try again", ErrorCode.CONFLICT, null);
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return build(error, "This would duplicate data that already exists", ErrorCode.CONFLICT, null);
            }
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return build(error, "Something this change refers to was removed meanwhile; reload and try again",
                        ErrorCode.CONFLICT, null);
            }
            if (cause.getClass().getName().startsWith("graphql.schema.Coercing")) {
                return build(error, cause.getMessage(), ErrorCode.BAD_USER_INPUT, null);
            }
        }
        return build(error, internal(error.getMessage(), exception), ErrorCode.INTERNAL, null);
    }

    private static boolean isOptimisticLockFailure(Throwable cause) {
        String name = cause.getClass().getName();
        return name.equals("jakarta.persistence.OptimisticLockException")
                || name.equals("org.hibernate.StaleObjectStateException")
                || name.equals("org.hibernate.StaleStateException");
    }

    private static String internal(String originalMessage, Throwable exception) {
        LOG.errorf(exception, "Internal error answered to a GraphQL client: %s", originalMessage);
        return "Internal server error";
    }

    private static GraphQLError build(GraphQLError original, String message, ErrorCode code, String field) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (field != null) {
            extensions.put("field", field);
        }
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(original.getLocations())
                .path(original.getPath())
                .errorType(original.getErrorType())
                .extensions(extensions)
                .build();
    }
}

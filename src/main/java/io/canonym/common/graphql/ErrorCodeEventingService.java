package io.canonym.common.graphql;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.canonym.security.EditorGate;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * Adds {@link EditorGate} (who may run which operation) and {@link ErrorCodeInstrumentation} to the graphql-java
 * engine that SmallRye GraphQL builds, after SmallRye's own instrumentations (query depth and complexity limits, query
 * cache), which it keeps.
 */
@RegisterForReflection(targets = GraphQL.Builder.class, fields = true, methods = false)
public class ErrorCodeEventingService implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on: error codes are part of the API contract
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        List<Instrumentation> chain = new ArrayList<>();
        Instrumentation existing = existingInstrumentation(builder);
        if (existing != null) {
            chain.add(existing);
        }
        chain.add(new EditorGate());
        chain.add(new ErrorCodeInstrumentation());
        return builder.instrumentation(new ChainedInstrumentation(chain));
    }

    /** graphql-java's builder has no getter for what SmallRye already set, and setting replaces it. */
    private static Instrumentation existingInstrumentation(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            return (Instrumentation) field.get(builder);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot extend SmallRye GraphQL's instrumentation", e);
        }
    }
}

package io.canonym.security;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition.Operation;
import io.canonym.common.ErrorCode;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import graphql.ExecutionResult;

/**
 * The rule for whole operations, so that no mutation can be left unguarded by a forgotten annotation: every mutation
 * needs an authenticated {@value Roles#EDITOR}, and queries need an authenticated caller when
 * {@code canonym.security.reads-need-login} is true. It runs before any field, so a refused operation writes nothing.
 * Stricter rules for single fields (merges and deletes need {@value Roles#ADMIN}) are {@code @RolesAllowed} on the API
 * methods.
 */
public class EditorGate extends SimplePerformantInstrumentation {

    private final boolean readsNeedLogin = ConfigProvider.getConfig()
            .getOptionalValue("canonym.security.reads-need-login", Boolean.class).orElse(false);

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        Operation operation = parameters.getExecutionContext().getOperationDefinition().getOperation();
        if (operation == Operation.MUTATION) {
            require(Roles.EDITOR);
        } else if (readsNeedLogin) {
            require(null);
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static void require(String role) {
        SecurityIdentity identity = Arc.container().instance(CurrentEditor.class).get().identity();
        if (identity == null || identity.isAnonymous()) {
            throw refusal(ErrorCode.UNAUTHENTICATED, "Sign in first: this needs a bearer token");
        }
        if (role != null && !identity.hasRole(role)) {
            throw refusal(ErrorCode.FORBIDDEN, "Only an " + role + " may do this");
        }
    }

    private static AbortExecutionException refusal(ErrorCode code, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message(message)
                .extensions(Map.of("code", code.name())).build()));
    }
}

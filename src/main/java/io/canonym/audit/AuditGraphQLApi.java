package io.canonym.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.canonym.common.Inputs;
import io.canonym.common.PageRequest;
import io.canonym.security.Roles;

@GraphQLApi
public class AuditGraphQLApi {

    @Inject
    AuditService audit;

    @Query
    @RolesAllowed(Roles.EDITOR) // it names the editors who made each change
    @Description("Every editorial change, newest first; with `personId`, those that concern that person (a merge "
            + "concerns both people). Editors only.")
    public @NonNull AuditConnection auditLog(@Id String personId, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        Long person = personId == null ? null : Inputs.id("personId", personId);
        return AuditConnection.of(audit.list(person, request), after != null);
    }
}

package io.canonym.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Who is making the current change, for the audit log: the subject ({@code sub}) of the caller's token. Work that no
 * request asked for (the demo data loaded at start) is done by {@value #SYSTEM}.
 */
@ApplicationScoped
@Unremovable // EditorGate, which graphql-java instantiates, looks it up
public class CurrentEditor {

    public static final String SYSTEM = "system";

    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true)
            .setPrincipal(new QuarkusPrincipal("")).build();

    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    CurrentVertxRequest currentRequest;

    /** The token's subject; {@value #SYSTEM} outside a request or for an anonymous caller. */
    public String actor() {
        SecurityIdentity identity = identity();
        if (identity == null || identity.isAnonymous()) {
            return SYSTEM;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /**
     * The caller, or null outside a request. A token's identity is set on the request by {@link TokenCheckRoute}, so
     * reading it never blocks (GraphQL operations start on the event loop); without a token the caller is anonymous.
     */
    public SecurityIdentity identity() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext request = currentRequest.getCurrent();
        if (request != null) {
            return request.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : ANONYMOUS;
        }
        return identities.getIdentity();
    }
}

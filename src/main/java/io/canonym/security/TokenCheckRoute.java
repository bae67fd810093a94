package io.canonym.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.canonym.common.ErrorCode;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks the bearer token of a GraphQL request before SmallRye GraphQL runs it. Left to Quarkus's own bearer
 * mechanism, a token that is expired, badly signed or from an untrusted issuer is answered with a bare HTTP 401,
 * which GraphQL clients do not expect; here the same identity providers (smallrye-jwt, with the mp.jwt.verify.*
 * settings) check it, and a bad one is answered as a GraphQL error with {@code extensions.code}
 * {@code UNAUTHENTICATED}, and nothing runs. Requests without a token go on as anonymous: whether they may do what they ask is decided later
 * ({@link EditorGate}, {@code @RolesAllowed}).
 */
@ApplicationScoped
public class TokenCheckRoute {

    private static final Logger LOG = Logger.getLogger(TokenCheckRoute.class);
    private static final String BEARER = "Bearer ";

    @Inject
    IdentityProviderManager identityProviders;

    void register(@Observes Router router) {
        // After SyntaxCheckRoute (-100), which reads the body; before SmallRye GraphQL.
        router.post("/graphql").order(-90).handler(this::check);
    }

    private void check(RoutingContext request) {
        String authorization = request.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            request.next();
            return;
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            reject(request, "Only bearer tokens are accepted");
            return;
        }
        String token = authorization.substring(BEARER.length()).strip();
        Context context = Vertx.currentContext();
        identityProviders.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                new TokenAuthenticationRequest(new JsonWebTokenCredential(token)), request))
                .subscribe().with(
                        identity -> context.runOnContext(ignored -> accept(request, identity)),
                        failure -> context.runOnContext(ignored -> reject(request, failure.getMessage())));
    }

    /** SmallRye GraphQL and {@link CurrentEditor} take the caller from here. */
    private static void accept(RoutingContext request, SecurityIdentity identity) {
        request.setUser(new QuarkusHttpUser(identity));
        request.next();
    }

    private static void reject(RoutingContext request, String reason) {
        LOG.debugf("Rejected a token: %s", reason);
        JsonObject error = new JsonObject()
                .put("message", "The bearer token is missing, invalid or expired")
                .put("extensions", new JsonObject().put("code", ErrorCode.UNAUTHENTICATED.name()));
        request.response().putHeader("content-type", "application/graphql-response+json; charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).putNull("data").encode());
    }
}

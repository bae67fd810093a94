package io.canonym.common.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.canonym.common.ErrorCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Answers GraphQL documents that do not parse with a proper error ({@code BAD_USER_INPUT}, with the place of the
 * mistake). SmallRye GraphQL answers them with a bare "Unparseable input document" that no instrumentation sees, which
 * would break the promise that every error carries a code.
 */
@ApplicationScoped
public class SyntaxCheckRoute {

    private static final int KNOWN_GOOD_LIMIT = 2_000;
    /** Front ends send the same few documents again and again: parse each only once. */
    private final Set<String> knownGood = ConcurrentHashMap.newKeySet();

    void register(@Observes Router router) {
        router.post("/graphql").order(-100).handler(BodyHandler.create(false)).handler(this::check);
    }

    private void check(RoutingContext context) {
        String query = queryOf(context);
        if (query == null || knownGood.contains(query)) {
            context.next();
            return;
        }
        try {
            Parser.parse(query);
            if (knownGood.size() >= KNOWN_GOOD_LIMIT) {
                knownGood.clear();
            }
            knownGood.add(query);
            context.next();
        } catch (InvalidSyntaxException e) {
            reject(context, e);
        }
    }

    private static String queryOf(RoutingContext context) {
        try {
            JsonObject body = context.body().asJsonObject();
            return body == null ? null : body.getString("query");
        } catch (RuntimeException notJsonOrNoQuery) {
            return null; // SmallRye answers these itself
        }
    }

    private static void reject(RoutingContext context, InvalidSyntaxException e) {
        JsonObject error = new JsonObject()
                .put("message", "Syntax error: " + e.getMessage())
                .put("extensions", new JsonObject().put("code", ErrorCode.BAD_USER_INPUT.name()));
        if (e.getLocation() != null) {
            error.put("locations", new JsonArray(List.of(
                    Map.of("line", e.getLocation().getLine(), "column", e.getLocation().getColumn()))));
        }
        context.response().putHeader("content-type", "application/graphql-response+json; charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}

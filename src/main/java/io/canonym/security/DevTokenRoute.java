package io.canonym.security;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Dev mode's way to get a token: {@code GET /dev/token?sub=alice&groups=editor} answers a bearer token signed with
 * the dev key pair (src/dev/jwt), which only dev mode and the tests trust. Built into dev and test builds only: a
 * production build has neither this class nor the key.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = { "dev", "test" })
public class DevTokenRoute {

    static final Duration LIFETIME = Duration.ofHours(8);
    private static final Pattern NAME = Pattern.compile("[\\w.@-]{1,100}");

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    void register(@Observes Router router) {
        router.get("/dev/token").blockingHandler(this::mint);
    }

    private void mint(RoutingContext request) {
        String subject = request.queryParams().get("sub") == null ? "dev-editor" : request.queryParams().get("sub");
        String groupList = request.queryParams().get("groups") == null ? Roles.EDITOR : request.queryParams().get("groups");
        Set<String> groups = Arrays.stream(groupList.split(",")).map(String::strip).filter(g -> !g.isEmpty())
                .collect(Collectors.toSet());
        if (!NAME.matcher(subject).matches() || !groups.stream().allMatch(g -> NAME.matcher(g).matches())) {
            request.response().setStatusCode(400).end("sub and groups: letters, digits, '.', '@', '-' or '_'\n");
            return;
        }
        String token = Jwt.issuer(issuer).subject(subject).upn(subject).groups(groups)
                .expiresIn(LIFETIME).sign();
        request.response().putHeader("content-type", "text/plain; charset=UTF-8").end(token + "\n");
    }
}

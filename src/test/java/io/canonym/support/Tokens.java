package io.canonym.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Bearer tokens for tests, signed with the dev key pair that the test profile trusts (src/dev/jwt), and the bad ones
 * a client may send: expired, from another issuer, signed with another key.
 */
public final class Tokens {

    public static final String ISSUER = "canonym-dev";
    public static final String EDITOR_SUBJECT = "test-editor";
    public static final String ADMIN_SUBJECT = "test-admin";
    private static final Path DEV_PRIVATE_KEY = Path.of("src/dev/jwt/privateKey.pem");
    private static PrivateKey devKey;

    private Tokens() {
    }

    public static String editor() {
        return of(EDITOR_SUBJECT, "editor");
    }

    public static String admin() {
        return of(ADMIN_SUBJECT, "admin");
    }

    /** A valid token for this subject with exactly these groups (none: an authenticated reader). */
    public static String of(String subject, String... groups) {
        return Jwt.issuer(ISSUER).subject(subject).groups(Set.of(groups)).expiresIn(600).sign(devKey());
    }

    public static String expired() {
        Instant past = Instant.now().minusSeconds(3600);
        return Jwt.issuer(ISSUER).subject(EDITOR_SUBJECT).groups("editor").issuedAt(past.minusSeconds(600))
                .expiresAt(past).sign(devKey());
    }

    public static String fromAnotherIssuer() {
        return Jwt.issuer("someone-else").subject(EDITOR_SUBJECT).groups("editor").expiresIn(600).sign(devKey());
    }

    public static String signedWithAnotherKey() {
        try {
            KeyPair stranger = KeyUtils.generateKeyPair(2048, SignatureAlgorithm.RS256);
            return Jwt.issuer(ISSUER).subject(EDITOR_SUBJECT).groups("editor").expiresIn(600).sign(stranger.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dev private key, which only dev mode and tests trust. */
    public static synchronized PrivateKey devKey() {
        if (devKey == null) {
            try {
                devKey = KeyUtils.decodePrivateKey(Files.readString(DEV_PRIVATE_KEY));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return devKey;
    }
}

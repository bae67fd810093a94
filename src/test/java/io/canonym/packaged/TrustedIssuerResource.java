package io.canonym.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Plays the newsroom's identity provider for the packaged app: a key pair made for this run, whose public key and
 * issuer the app is told to trust with the standard mp.jwt.verify.* settings, as an operator would.
 */
public class TrustedIssuerResource implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER = "newsroom-idp";
    private static KeyPair keys;

    @Override
    public Map<String, String> start() {
        try {
            keys = KeyUtils.generateKeyPair(2048, SignatureAlgorithm.RS256);
            Path publicKey = Files.createTempFile("canonym-idp", ".pem");
            Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            publicKey.toFile().deleteOnExit();
            return Map.of("mp.jwt.verify.publickey.location", publicKey.toString(), "mp.jwt.verify.issuer", ISSUER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // the key file goes with this JVM
    }

    /** A token the provider issues to an editor. */
    static String editorToken() {
        return Jwt.issuer(ISSUER).subject("newsroom-editor").groups(Set.of("editor")).expiresIn(600).sign(keys.getPrivate());
    }
}

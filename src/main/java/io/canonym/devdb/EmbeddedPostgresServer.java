package io.canonym.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server that the project starts itself, so that dev mode and the tests need nothing but a JDK.
 * <p>
 * One server per JVM: Quarkus reads its configuration in more than one class loader (build and run time in dev
 * mode), so the running server is remembered in system properties, which all class loaders share.
 */
public final class EmbeddedPostgresServer implements Supplier<Map<String, String>> {

    static final String URL_PROPERTY = "canonym.embedded-postgres.jdbc-url";
    private static final String USER = "postgres";

    @Override
    public Map<String, String> get() {
        return startOnce();
    }

    /** Starts the server unless this JVM already runs one, and returns the datasource settings that reach it. */
    public static synchronized Map<String, String> startOnce() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = start();
            System.setProperty(URL_PROPERTY, url);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", USER);
    }

    private static String start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "embedded-postgres-stop"));
            return postgres.getJdbcUrl(USER, "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL; set DB_URL to use a server of your own", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the server's data directory is temporary anyway
        }
    }
}

package io.canonym.packaged;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** An operator who points the packaged app at a database that is not there learns so at once, and clearly. */
class PackagedAppWithoutDatabaseIT {

    @Test
    void stopsWithAClearMessageWhenTheDatabaseIsUnreachable() throws IOException, InterruptedException {
        Path log = Files.createTempFile("canonym-no-db", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DB_URL", "jdbc:postgresql://127.0.0.1:1/canonym");
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        Process app = builder.start();

        boolean exited = app.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            app.destroyForcibly();
        }
        String output = Files.readString(log);

        assertTrue(exited, "the app should stop by itself, not hang; it printed:\n" + output);
        assertNotEquals(0, app.exitValue());
        assertTrue(output.contains("Connection to 127.0.0.1:1 refused"), output);
    }
}

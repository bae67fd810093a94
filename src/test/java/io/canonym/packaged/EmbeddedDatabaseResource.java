package io.canonym.packaged;

import java.util.Map;

import io.canonym.devdb.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Gives the packaged app, which runs in prod mode and starts no database itself, the embedded PostgreSQL. */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return EmbeddedPostgresServer.startOnce();
    }

    @Override
    public void stop() {
        // the server stops with this JVM
    }
}

package io.canonym.resolution;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.canonym.name.NameIndex;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Builds the name index from the database and keeps it current from PostgreSQL's {@code canonym_name_variant}
 * notifications (see V2 migration), so that every instance behind a load balancer sees a spelling added through any
 * other within moments.
 * <p>
 * It listens <em>before</em> it reads the table, so no change can fall between the snapshot and the feed; applying a
 * change twice is harmless. If the feed breaks, it reconnects and rebuilds the index from scratch, since changes may
 * have been missed meanwhile.
 */
@ApplicationScoped
public class VariantChangeListener {

    private static final Logger LOG = Logger.getLogger(VariantChangeListener.class);
    static final String CHANNEL = "canonym_name_variant";
    private static final int POLL_MILLIS = 250;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    /**
     * Looked up once: {@code Json.createReader} searches the class path for a JSON provider on every call, which cost
     * milliseconds per notification and made the feed thread the bottleneck of a bulk import.
     */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(null);

    @Inject
    NameIndexHolder holder;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running = true;
    private Thread worker;

    void start(@Observes StartupEvent event) {
        worker = new Thread(this::run, "name-index-feed");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void run() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user.orElse(null), password.orElse(null))) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                holder.replace(snapshot(connection));
                follow(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Name index feed interrupted (%s); reconnecting and rebuilding", e.getMessage());
                    pause();
                }
            }
        }
    }

    private NameIndex snapshot(Connection connection) throws SQLException {
        long started = System.nanoTime();
        NameIndex fresh = new NameIndex();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // lets the driver stream the rows instead of holding them all
        // The bulk loader normalises on every core while this thread keeps reading rows.
        try (PreparedStatement select = connection.prepareStatement("SELECT id, person_id, spelling FROM name_variant");
                NameIndex.BulkLoad load = fresh.bulkLoad()) {
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    load.add(rows.getLong(2), rows.getLong(1), rows.getString(3));
                }
            }
        } finally {
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
        LOG.infof("Name index loaded: %d spellings in %d ms", fresh.size(), (System.nanoTime() - started) / 1_000_000);
        return fresh;
    }

    private void follow(PGConnection connection) throws SQLException {
        while (running) {
            PGNotification[] notifications = connection.getNotifications(POLL_MILLIS);
            if (notifications == null) {
                continue;
            }
            for (PGNotification notification : notifications) {
                apply(notification.getParameter());
            }
        }
    }

    void apply(String payload) {
        try (JsonReader reader = JSON.createReader(new StringReader(payload))) {
            JsonObject change = reader.readObject();
            long variantId = change.getJsonNumber("id").longValue();
            if ("D".equals(change.getString("op"))) {
                holder.remove(variantId);
            } else {
                holder.add(change.getJsonNumber("person").longValue(), variantId, change.getString("spelling"));
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

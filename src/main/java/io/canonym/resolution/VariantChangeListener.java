package io.canonym.resolution;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.canonym.name.NameIndex;
import io.canonym.name.NameIndexSnapshot;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the name index at start and keeps it current from the change log of {@code name_variant} (V7 migration),
 * so that every instance behind a load balancer sees a spelling added through any other (or by hand in psql) within
 * moments.
 * <p>
 * <b>Start.</b> After {@code LISTEN}, in one repeatable-read transaction: the newest snapshot of the index written by
 * this name core ({@link IndexSnapshotStore}), then every logged change its stamp did not see; with no usable
 * snapshot, the index is rebuilt from the rows, and a snapshot is written in the background.
 * <p>
 * <b>Following.</b> The log's triggers notify once per statement; on a notification (and every few seconds anyway)
 * the listener reads, in a repeatable-read transaction, the changes of the transactions its previous read could not
 * see: those that were still running then ({@code xip}) or began after ({@code >= xmax}). Log ids are taken before
 * commit, so they commit out of order; transaction ids and snapshots do not miss a late commit. Each change sets a
 * variant's state ('U' person and spelling, 'D' gone), so applying one again, or after a newer state was indexed at
 * commit by this instance, ends in the same state once the log is read in order.
 * <p>
 * <b>Snapshots.</b> Written by whichever instance sees the newest one lag by many changes or by age (one writer at a
 * time); writing prunes the log below what the previous snapshot, older than the retention, reflects.
 * If the feed breaks, the listener reconnects and loads again (snapshot and log, or the rows).
 */
@ApplicationScoped
public class VariantChangeListener {

    private static final Logger LOG = Logger.getLogger(VariantChangeListener.class);
    static final String CHANNEL = "canonym_name_variant_log";
    private static final int POLL_MILLIS = 250;
    /** Read the log this often even without a notification (a notification lost with a broken connection, say). */
    private static final long IDLE_READ_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long STALENESS_CHECK_NANOS = Duration.ofSeconds(30).toNanos();
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final String CHANGES_SINCE = "SELECT id, op, variant_id, person_id, spelling FROM name_variant_change"
            + " WHERE xid >= pg_snapshot_xmax(?::pg_snapshot) OR xid = ANY(ARRAY(SELECT pg_snapshot_xip(?::pg_snapshot)))"
            + " ORDER BY id";

    @Inject
    NameIndexHolder holder;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;
    /** Whether this instance reads and writes snapshots of the index at all (false: rebuild from the rows). */
    @ConfigProperty(name = "canonym.name-index.snapshot.enabled", defaultValue = "true")
    boolean snapshots;
    /** A new snapshot once the newest lags this many changes behind ... */
    @ConfigProperty(name = "canonym.name-index.snapshot.after-changes", defaultValue = "20000")
    long snapshotAfterChanges;
    /** ... but not more often than this; and after this long with any change at all. */
    @ConfigProperty(name = "canonym.name-index.snapshot.min-interval", defaultValue = "PT2M")
    Duration snapshotMinInterval;
    @ConfigProperty(name = "canonym.name-index.snapshot.max-age", defaultValue = "PT30M")
    Duration snapshotMaxAge;
    /** How long the change log keeps a change after a snapshot reflecting it was taken. */
    @ConfigProperty(name = "canonym.name-index.change-log.retention", defaultValue = "PT10M")
    Duration retention;

    private volatile boolean running = true;
    private Thread worker;
    private final ExecutorService snapshotWriter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "name-index-snapshot");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean writing = new AtomicBoolean();

    /** The index and the pg_snapshot whose visible changes it reflects at least; published after each read. */
    private record Position(NameIndex index, String stamp, long changeId, OffsetDateTime takenAt) {
    }

    private volatile Position position;
    private long lastRead;
    private long lastStalenessCheck;

    /**
     * Starts loading the index and following the log, once: as soon as Flyway has migrated ({@link IndexLoadOnMigrate}),
     * so that loading overlaps the rest of the application's start, or at the latest when the application has started.
     */
    synchronized void begin() {
        if (worker == null && running) {
            worker = new Thread(this::run, "name-index-feed");
            worker.setDaemon(true);
            worker.start();
        }
    }

    void start(@Observes StartupEvent event) {
        begin();
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
        snapshotWriter.shutdownNow();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user.orElse(null), password.orElse(null));
    }

    private void run() {
        while (running) {
            try (Connection connection = connect()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                boolean rebuilt = load(connection);
                if (rebuilt && snapshots) {
                    writeSnapshotInBackground();
                }
                follow(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Name index feed interrupted (%s); reconnecting and loading again", e.getMessage());
                    pause();
                }
            }
        }
    }

    /** Loads the index (snapshot and log, or the rows) and swaps it in; true if it was rebuilt from the rows. */
    private boolean load(Connection connection) throws SQLException {
        Loaded loaded = loadIndex(connection);
        position = new Position(loaded.index(), loaded.stamp(), loaded.changeId(), OffsetDateTime.now());
        holder.replace(loaded.index());
        LOG.infof("Name index loaded: %d spellings in %d ms, %s", loaded.index().size(), loaded.millis(), loaded.how());
        if (!loaded.rebuilt()) { // a snapshot defers the words' phonetic keys: in service first, then complete them
            NameIndex index = loaded.index();
            Thread profiles = new Thread(() -> {
                long started = System.nanoTime();
                index.completeProfiles();
                // Until then, resolving also computes the keys it meets: throughput is not yet the steady state's.
                LOG.infof("Name index words' phonetic keys completed in %d ms", (System.nanoTime() - started) / 1_000_000);
            }, "name-index-profiles");
            profiles.setDaemon(true);
            profiles.start();
        }
        return loaded.rebuilt();
    }

    /** A loaded index, the pg_snapshot it reflects, and how it was loaded. */
    record Loaded(NameIndex index, String stamp, long changeId, boolean rebuilt, int replayed, long millis, String how) {
    }

    /** Loads an index as a starting instance does, without putting it in service. */
    Loaded loadIndex(Connection connection) throws SQLException {
        long started = System.nanoTime();
        return inSnapshotTransaction(connection, now -> {
            NameIndex index = null;
            String from = null;
            IndexSnapshotStore.Stored stored = snapshots ? IndexSnapshotStore.latest(connection, NameIndexSnapshot.fingerprint()) : null;
            if (stored != null) {
                try {
                    index = IndexSnapshotStore.read(connection, stored);
                    from = stored.stamp();
                } catch (IOException e) {
                    LOG.warnf("Name index snapshot %d not usable (%s); rebuilding from the rows", stored.id(), e.getMessage());
                }
            }
            long loadedAt = System.nanoTime();
            if (index == null) {
                index = fromRows(connection);
                return new Loaded(index, now, newestChange(connection), true, 0, (System.nanoTime() - started) / 1_000_000,
                        "rebuilt from the rows");
            }
            List<Change> changes = changesSince(connection, from);
            index = apply(index, changes, true);
            String how = String.format("from snapshot %d (%d spellings, %d ms) and %d logged changes since (%d ms)", stored.id(),
                    stored.spellings(), (loadedAt - started) / 1_000_000, changes.size(), (System.nanoTime() - loadedAt) / 1_000_000);
            return new Loaded(index, now, newestChange(connection), false, changes.size(), (System.nanoTime() - started) / 1_000_000, how);
        });
    }

    /** For tests: what another instance starting now would load. */
    Loaded loadAsAnotherInstance() throws SQLException {
        try (Connection connection = connect()) {
            return loadIndex(connection);
        }
    }

    private NameIndex fromRows(Connection connection) throws SQLException {
        NameIndex fresh = new NameIndex();
        // The bulk loader normalises on every core while this thread keeps reading rows (streamed: fetch size).
        try (PreparedStatement select = connection.prepareStatement("SELECT id, person_id, spelling FROM name_variant");
                NameIndex.BulkLoad load = fresh.bulkLoad()) {
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    load.add(rows.getLong(2), rows.getLong(1), rows.getString(3));
                }
            }
        }
        return fresh;
    }

    private void follow(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        lastRead = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            long now = System.nanoTime();
            if ((notifications != null && notifications.length > 0) || now - lastRead > IDLE_READ_NANOS) {
                readLog(connection);
                lastRead = now;
            }
            if (snapshots && now - lastStalenessCheck > STALENESS_CHECK_NANOS) {
                lastStalenessCheck = now;
                maybeWriteSnapshot(connection);
            }
        }
    }

    /** Applies the changes committed since the previous read, and moves the position on. */
    private void readLog(Connection connection) throws SQLException {
        Position at = position;
        inSnapshotTransaction(connection, now -> {
            List<Change> changes = changesSince(connection, at.stamp());
            NameIndex index = apply(at.index(), changes, false);
            long changeId = changes.isEmpty() ? at.changeId() : Math.max(at.changeId(), changes.get(changes.size() - 1).id());
            position = new Position(index, now, changeId, OffsetDateTime.now());
            return null;
        });
    }

    private interface InSnapshot<T> {
        T run(String snapshot) throws SQLException;
    }

    /** Runs {@code work} in a read-only repeatable-read transaction, given that transaction's pg_snapshot. */
    private static <T> T inSnapshotTransaction(Connection connection, InSnapshot<T> work) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        boolean done = false;
        try {
            String snapshot;
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT pg_current_snapshot()::text")) {
                row.next();
                snapshot = row.getString(1);
            }
            T result = work.run(snapshot);
            connection.commit();
            done = true;
            return result;
        } finally {
            if (!done) {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // the connection is likely gone; the caller reconnects
                }
            }
            connection.setAutoCommit(true);
        }
    }

    /** One logged change of name_variant. */
    record Change(long id, char op, long variantId, long personId, String spelling) {
    }

    /** The logged changes of transactions not visible in {@code stamp} (and visible now), in log order. */
    static List<Change> changesSince(Connection connection, String stamp) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CHANGES_SINCE)) {
            select.setFetchSize(10_000);
            select.setString(1, stamp);
            select.setString(2, stamp);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new Change(rows.getLong(1), rows.getString(2).charAt(0), rows.getLong(3), rows.getLong(4),
                            rows.getString(5)));
                }
            }
        }
        return changes;
    }

    private static long newestChange(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT coalesce(max(id), 0) FROM name_variant_change")) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Applies changes in log order. Before the index is in service ({@code replay}), new spellings go through the
     * bulk loader (every core); after, through the holder, one by one, skipping what the index has already.
     * Returns the index, a new one if the table was emptied.
     */
    NameIndex apply(NameIndex index, List<Change> changes, boolean replay) {
        NameIndex.BulkLoad bulk = null;
        try {
            for (Change change : changes) {
                switch (change.op()) {
                    case 'U' -> {
                        if (index.hasVariant(change.variantId(), change.personId(), change.spelling())) {
                            continue;
                        }
                        if (replay) {
                            if (bulk == null) {
                                bulk = index.bulkLoad();
                            }
                            bulk.add(change.personId(), change.variantId(), change.spelling());
                        } else {
                            holder.add(change.personId(), change.variantId(), change.spelling());
                        }
                    }
                    case 'D' -> {
                        if (bulk != null) {
                            bulk.close();
                            bulk = null;
                        }
                        if (replay) {
                            index.remove(change.variantId());
                        } else {
                            holder.remove(change.variantId());
                        }
                    }
                    case 'T' -> {
                        if (bulk != null) {
                            bulk.close();
                            bulk = null;
                        }
                        index = new NameIndex();
                        if (!replay) {
                            holder.replace(index);
                        }
                    }
                    default -> LOG.warnf("Unknown change '%s' in the name variant log (id %d)", change.op(), change.id());
                }
            }
        } finally {
            if (bulk != null) {
                bulk.close();
            }
        }
        return index;
    }

    private void maybeWriteSnapshot(Connection connection) {
        if (writing.get()) {
            return;
        }
        try {
            IndexSnapshotStore.Staleness staleness = IndexSnapshotStore.staleness(connection, NameIndexSnapshot.fingerprint(),
                    snapshotAfterChanges);
            boolean due = staleness == null
                    || (staleness.changes() >= snapshotAfterChanges && staleness.age().compareTo(snapshotMinInterval) >= 0)
                    || (staleness.changes() > 0 && staleness.age().compareTo(snapshotMaxAge) >= 0);
            if (due) {
                writeSnapshotInBackground();
            }
        } catch (SQLException e) {
            LOG.warnf("Could not check the name index snapshot's age (%s)", e.getMessage());
        }
    }

    /** Writes a snapshot of the current index on the snapshot thread; at most one at a time. */
    void writeSnapshotInBackground() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        try {
            snapshotWriter.execute(() -> {
                try {
                    writeSnapshot();
                } finally {
                    writing.set(false);
                }
            });
        } catch (RuntimeException e) {
            writing.set(false);
        }
    }

    /** Serialises the published position's index and stores it. */
    private void writeSnapshot() {
        writeSnapshot(retention);
    }

    private void writeSnapshot(Duration retention) {
        Position at = position;
        if (at == null) {
            return;
        }
        long started = System.nanoTime();
        Path file = null;
        try {
            int spellings = at.index().size();
            file = IndexSnapshotStore.serialise(at.index());
            long serialised = System.nanoTime();
            try (Connection connection = connect()) {
                connection.setAutoCommit(false);
                boolean stored = IndexSnapshotStore.store(connection, NameIndexSnapshot.fingerprint(), at.stamp(), at.changeId(),
                        at.takenAt(), spellings, file, retention);
                connection.commit();
                if (stored) {
                    LOG.infof("Name index snapshot written: %d spellings, %d MB, serialised in %d ms, stored in %d ms", spellings,
                            java.nio.file.Files.size(file) >> 20, (serialised - started) / 1_000_000,
                            (System.nanoTime() - serialised) / 1_000_000);
                }
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warnf("Could not write a name index snapshot (%s)", e.getMessage());
        } finally {
            if (file != null) {
                IndexSnapshotStore.deleteQuietly(file);
            }
        }
    }

    /** For tests: writes a snapshot of the index as it is now, and waits for it. */
    void writeSnapshotNow() {
        writeSnapshot();
    }

    /** For tests: the same, pruning the change log with another retention. */
    void writeSnapshotNow(Duration retention) {
        writeSnapshot(retention);
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

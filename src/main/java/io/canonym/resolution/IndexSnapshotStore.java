package io.canonym.resolution;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.postgresql.PGStatement;

import io.canonym.name.NameIndex;
import io.canonym.name.NameIndexSnapshot;

/**
 * Where snapshots of the name index are kept: in PostgreSQL, which every instance shares ({@code name_index_snapshot}
 * and its chunks, V7 migration). A snapshot is cut into chunks of 8 MB, so that neither side holds it whole in
 * memory. Stateless: each method works on the connection it is given, inside the caller's transaction.
 */
final class IndexSnapshotStore {

    private static final int CHUNK = 8 << 20;
    /** Any instance may write; the lock (per transaction) keeps two from writing at once. */
    private static final long WRITER_LOCK = 0x63616e6f6e796dL; // "canonym"

    /** A stored snapshot's header. {@code stamp}: the pg_snapshot (text) whose visible rows it reflects. */
    record Stored(long id, String stamp, int spellings, long bytes, OffsetDateTime writtenAt) {
    }

    private IndexSnapshotStore() {
    }

    /**
     * The newest snapshot written by this name core whose changes since are all still in the change log; null if
     * there is none.
     */
    static Stored latest(Connection connection, String fingerprint) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT s.id, s.stamp, s.spellings, s.bytes, s.written_at FROM name_index_snapshot s, name_variant_change_pruned p"
                        + " WHERE s.fingerprint = ? AND pg_snapshot_xmin(s.stamp::pg_snapshot) >= p.below"
                        + " ORDER BY s.id DESC LIMIT 1")) {
            select.setString(1, fingerprint);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Stored(row.getLong(1), row.getString(2), row.getInt(3), row.getLong(4),
                        row.getObject(5, OffsetDateTime.class)) : null;
            }
        }
    }

    /** Reads a stored snapshot into a new index; {@link NameIndexSnapshot.Mismatch} if another core wrote it. */
    static NameIndex read(Connection connection, Stored stored) throws SQLException, IOException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT data FROM name_index_snapshot_chunk WHERE snapshot_id = ? ORDER BY seq")) {
            select.unwrap(PGStatement.class).setPrepareThreshold(-1); // binary transfer: bytes, not hex text
            select.setFetchSize(1);
            select.setLong(1, stored.id());
            try (ResultSet rows = select.executeQuery();
                    InputStream in = new ChunkStream(rows)) {
                return NameIndexSnapshot.read(in);
            }
        }
    }

    /** The chunks of one snapshot, in order, as one stream. */
    private static final class ChunkStream extends InputStream {
        private final ResultSet rows;
        private InputStream current = new ByteArrayInputStream(new byte[0]);

        ChunkStream(ResultSet rows) {
            this.rows = rows;
        }

        private boolean advance() throws IOException {
            try {
                if (!rows.next()) {
                    return false;
                }
                current = new ByteArrayInputStream(rows.getBytes(1));
                return true;
            } catch (SQLException e) {
                throw new IOException("reading the name index snapshot: " + e.getMessage(), e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (true) {
                int n = current.read(b, off, len);
                if (n > 0 || len == 0) {
                    return n;
                }
                if (!advance()) {
                    return -1;
                }
            }
        }
    }

    /**
     * Serialises {@code index} to a temporary file (under the index's read lock), so that the upload holds no lock.
     * Not compressed: CPU is what a starting instance lacks, not bytes.
     */
    static Path serialise(NameIndex index) throws IOException {
        Path file = Files.createTempFile("canonym-name-index", ".snapshot");
        try (OutputStream out = Files.newOutputStream(file)) {
            NameIndexSnapshot.write(index, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /**
     * Stores a serialised snapshot, drops the older ones of this core, and prunes the change log below what every
     * kept snapshot and every running instance has seen. Returns false, storing nothing, when another instance is
     * writing one now. Runs in the caller's transaction.
     *
     * @param stamp     the pg_snapshot whose visible changes the index reflected when it was serialised
     * @param changeId  the newest change-log id visible in that snapshot (to count changes since, cheaply)
     * @param retention how long a change stays in the log at least after a snapshot covering it was taken: longer
     *                  than any running instance can lag behind the log
     */
    static boolean store(Connection connection, String fingerprint, String stamp, long changeId, OffsetDateTime takenAt,
            int spellings, Path file, Duration retention) throws SQLException, IOException {
        try (Statement lock = connection.createStatement();
                ResultSet locked = lock.executeQuery("SELECT pg_try_advisory_xact_lock(" + WRITER_LOCK + ")")) {
            if (!locked.next() || !locked.getBoolean(1)) {
                return false;
            }
        }
        long bytes = Files.size(file);
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO name_index_snapshot (fingerprint, stamp, spellings, bytes, taken_at, change_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, fingerprint);
            insert.setString(2, stamp);
            insert.setInt(3, spellings);
            insert.setLong(4, bytes);
            insert.setObject(5, takenAt);
            insert.setLong(6, changeId);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        try (InputStream in = Files.newInputStream(file);
                PreparedStatement chunk = connection.prepareStatement(
                        "INSERT INTO name_index_snapshot_chunk (snapshot_id, seq, data) VALUES (?, ?, ?)")) {
            byte[] buffer = new byte[CHUNK];
            for (int seq = 0;; seq++) {
                int n = in.readNBytes(buffer, 0, CHUNK);
                if (n == 0) {
                    break;
                }
                chunk.setLong(1, id);
                chunk.setInt(2, seq);
                chunk.setBytes(3, n == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, n));
                chunk.executeUpdate();
            }
        }
        prune(connection, fingerprint, id, retention);
        return true;
    }

    /**
     * Keeps one snapshot per name core (another core's is dropped after a day: a rolling deployment is over by then)
     * and removes from the change log what every kept snapshot reflects, once the snapshot that proves it is older
     * than {@code retention} (so running instances have read those changes long since).
     */
    private static void prune(Connection connection, String fingerprint, long newest, Duration retention) throws SQLException {
        try (PreparedStatement bound = connection.prepareStatement(
                "SELECT pg_snapshot_xmin(stamp::pg_snapshot)::text FROM name_index_snapshot"
                        + " WHERE fingerprint = ? AND id < ? AND taken_at < now() - ?::interval ORDER BY id DESC LIMIT 1")) {
            bound.setString(1, fingerprint);
            bound.setLong(2, newest);
            bound.setString(3, retention.toSeconds() + " seconds");
            String below = null;
            try (ResultSet row = bound.executeQuery()) {
                if (row.next()) {
                    below = row.getString(1);
                }
            }
            try (PreparedStatement drop = connection.prepareStatement(
                    "DELETE FROM name_index_snapshot WHERE (fingerprint = ? AND id < ?) OR (fingerprint <> ? AND written_at < now() - interval '1 day')")) {
                drop.setString(1, fingerprint);
                drop.setLong(2, newest);
                drop.setString(3, fingerprint);
                drop.executeUpdate();
            }
            if (below == null) {
                return;
            }
            // Never below what another core's kept snapshot still needs.
            try (PreparedStatement delete = connection.prepareStatement(
                    "WITH bound AS (SELECT least(?::xid8, (SELECT pg_snapshot_xmin(stamp::pg_snapshot) FROM name_index_snapshot ORDER BY 1 LIMIT 1)) AS below),"
                            + " pruned AS (UPDATE name_variant_change_pruned p SET below = greatest(p.below, b.below) FROM bound b RETURNING p.below)"
                            + " DELETE FROM name_variant_change c USING bound b WHERE c.xid < b.below")) {
                delete.setString(1, below);
                delete.executeUpdate();
            }
        }
    }

    /** How many changes (at most {@code cap}) the log holds after the newest snapshot of this core, and its age. */
    record Staleness(long changes, Duration age) {
    }

    static Staleness staleness(Connection connection, String fingerprint, long cap) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT (SELECT count(*) FROM (SELECT 1 FROM name_variant_change c WHERE c.id > s.change_id LIMIT ?) x),"
                        + " extract(epoch FROM now() - s.written_at) FROM name_index_snapshot s WHERE s.fingerprint = ?"
                        + " ORDER BY s.id DESC LIMIT 1")) {
            select.setLong(1, cap);
            select.setString(2, fingerprint);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Staleness(row.getLong(1), Duration.ofMillis((long) (row.getDouble(2) * 1000))) : null;
            }
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.canonym.resolution;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
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

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

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
                        + " WHERE s.fingerprint = ? AND s.bytes > 0 AND pg_snapshot_xmin(s.stamp::pg_snapshot) >= p.below"
                        + " ORDER BY s.id DESC LIMIT 1")) {
            select.setString(1, fingerprint);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Stored(row.getLong(1), row.getString(2), row.getInt(3), row.getLong(4),
                        row.getObject(5, OffsetDateTime.class)) : null;
            }
        }
    }

    /**
     * Reads a stored snapshot into a new index; {@link NameIndexSnapshot.Mismatch} if another core wrote it. The chunks
     * come through {@code COPY ... TO STDOUT (FORMAT binary)}: raw bytes as stored, where a {@code SELECT} of a bytea
     * may come as hex text, twice the bytes to send and to decode.
     */
    static NameIndex read(Connection connection, Stored stored) throws SQLException, IOException {
        String copy = "COPY (SELECT data FROM name_index_snapshot_chunk WHERE snapshot_id = " + stored.id()
                + " ORDER BY seq) TO STDOUT (FORMAT binary)";
        try (InputStream in = new CopiedChunks(new PGCopyInputStream(connection.unwrap(PGConnection.class), copy))) {
            return NameIndexSnapshot.read(in);
        }
    }

    /** The one column of a binary COPY, row after row, as one stream of bytes (the framing taken off). */
    private static final class CopiedChunks extends InputStream {
        private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
        private final PGCopyInputStream copy;
        private final DataInputStream in;
        private int left; // bytes left in the current row's field
        private boolean done;

        CopiedChunks(PGCopyInputStream copy) throws IOException {
            this.copy = copy;
            this.in = new DataInputStream(new BufferedInputStream(copy, 1 << 16));
            byte[] signature = new byte[SIGNATURE.length];
            in.readFully(signature);
            if (!java.util.Arrays.equals(signature, SIGNATURE)) {
                throw new IOException("unexpected COPY format");
            }
            in.readInt(); // flags
            in.skipNBytes(in.readInt()); // header extension
        }

        private boolean nextRow() throws IOException {
            short fields = in.readShort();
            if (fields == -1) {
                done = true;
                return false;
            }
            if (fields != 1) {
                throw new IOException("unexpected COPY row of " + fields + " fields");
            }
            left = in.readInt();
            return true;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (left == 0) {
                if (done || !nextRow()) {
                    return -1;
                }
            }
            int n = in.read(b, off, Math.min(len, left));
            if (n < 0) {
                throw new IOException("COPY ended inside a row");
            }
            left -= n;
            return n;
        }

        @Override
        public void close() throws IOException {
            if (done) {
                while (in.read() >= 0) {
                    // the end of the COPY, so that the connection is ready for the next statement
                }
            }
            copy.close(); // cancels what is left of a COPY not read to its end
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
     * Keeps the data of one snapshot per name core (another core's goes after a day: a rolling deployment is over by
     * then) and the headers of the replaced ones for a day, and removes from the change log what every kept snapshot
     * reflects, as proven by a snapshot taken more than {@code retention} ago (running instances have read those
     * changes long since).
     */
    private static void prune(Connection connection, String fingerprint, long newest, Duration retention) throws SQLException {
        try (PreparedStatement drop = connection.prepareStatement(
                "DELETE FROM name_index_snapshot_chunk WHERE snapshot_id IN"
                        + " (SELECT id FROM name_index_snapshot WHERE fingerprint = ? AND id < ? AND bytes > 0)")) {
            drop.setString(1, fingerprint);
            drop.setLong(2, newest);
            drop.executeUpdate();
        }
        try (PreparedStatement emptied = connection.prepareStatement(
                "UPDATE name_index_snapshot SET bytes = 0 WHERE fingerprint = ? AND id < ? AND bytes > 0")) {
            emptied.setString(1, fingerprint);
            emptied.setLong(2, newest);
            emptied.executeUpdate();
        }
        try (Statement old = connection.createStatement()) {
            old.executeUpdate("DELETE FROM name_index_snapshot WHERE written_at < now() - interval '1 day'");
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "WITH proof AS (SELECT pg_snapshot_xmin(stamp::pg_snapshot) AS below FROM name_index_snapshot"
                        + "   WHERE fingerprint = ? AND taken_at < now() - ?::interval ORDER BY id DESC LIMIT 1),"
                        + " kept AS (SELECT pg_snapshot_xmin(stamp::pg_snapshot) AS below FROM name_index_snapshot WHERE bytes > 0"
                        + "   ORDER BY 1 LIMIT 1),"
                        + " bound AS (SELECT least(proof.below, kept.below) AS below FROM proof, kept),"
                        + " pruned AS (UPDATE name_variant_change_pruned p SET below = greatest(p.below, b.below) FROM bound b RETURNING p.below)"
                        + " DELETE FROM name_variant_change c USING bound b WHERE c.xid < b.below")) {
            delete.setString(1, fingerprint);
            delete.setString(2, retention.toSeconds() + " seconds");
            delete.executeUpdate();
        }
    }

    /** How many changes (at most {@code cap}) the log holds after the newest snapshot of this core, and its age. */
    record Staleness(long changes, Duration age) {
    }

    static Staleness staleness(Connection connection, String fingerprint, long cap) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT (SELECT count(*) FROM (SELECT 1 FROM name_variant_change c WHERE c.id > s.change_id LIMIT ?) x),"
                        + " extract(epoch FROM now() - s.written_at) FROM name_index_snapshot s WHERE s.fingerprint = ? AND s.bytes > 0"
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

package io.canonym.resolution;

import static io.canonym.support.GraphQL.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.canonym.name.Candidate;
import io.canonym.name.Decision;
import io.canonym.name.NameIndexSnapshot;
import io.canonym.name.NameResolver;
import io.canonym.name.Resolution;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Start-up from a snapshot of the name index: a starting instance loads the newest snapshot and replays the change log
 * since (inserts, deletes, hand edits, cascades); a change committed after a later one is not missed; an unusable
 * snapshot makes it rebuild from the rows. Writes go straight to the database, as another instance or psql would.
 */
@QuarkusTest
class IndexSnapshotStartTest {

    @Inject
    VariantChangeListener listener;
    @Inject
    NameIndexHolder holder;
    @Inject
    DataSource dataSource;
    @Inject
    org.flywaydb.core.Flyway flyway;

    @Test
    void theIndexStartsLoadingAsSoonAsFlywayHasMigrated() {
        // Loading at StartupEvent would wait for Hibernate, GraphQL and HTTP to start first: seconds at 1M people.
        assertTrue(java.util.Arrays.stream(flyway.getConfiguration().getCallbacks())
                .anyMatch(callback -> callback.supports(org.flywaydb.core.api.callback.Event.AFTER_MIGRATE, null)
                        && "canonym-name-index-load".equals(callback.getCallbackName())),
                "the index load is a callback after Flyway's migration");
    }

    @Test
    void aStartingInstanceLoadsTheSnapshotAndReplaysWhatChangedSince() throws Exception {
        long person = person("Bartholomew Quist");
        long doomed = person("Leopold Marchetti");
        String kept = unique("Bartholomew Quistorp ");
        String removed = unique("Barthel Quast ");
        String edited = unique("Bartolomeo Quisti ");
        long keptId = variant(person, kept);
        long removedId = variant(person, removed);
        long editedId = variant(person, edited);
        long doomedId = variant(doomed, unique("Leopoldo Marketti "));
        awaitLive(kept, keptId);
        awaitLive(edited, editedId);
        listener.writeSnapshotNow();

        String added = unique("Bartholomaeus Quisth ");
        long addedId = variant(person, added);
        String editedAgain = unique("Bartolomej Kvist ");
        sql("DELETE FROM name_variant WHERE id = " + removedId);
        sql("UPDATE name_variant SET spelling = '" + editedAgain + "' WHERE id = " + editedId);
        sql("DELETE FROM person WHERE id = " + doomed); // cascades to its spellings

        VariantChangeListener.Loaded loaded = listener.loadAsAnotherInstance();
        assertFalse(loaded.rebuilt(), loaded.how());
        assertTrue(loaded.replayed() >= 4, loaded.how());
        NameResolver resolver = new NameResolver(loaded.index());
        assertTopVariant(resolver.resolve(kept, 5), keptId);
        assertTopVariant(resolver.resolve(added, 5), addedId);
        assertTopVariant(resolver.resolve(editedAgain, 5), editedId);
        assertFalse(loaded.index().contains(removedId));
        assertFalse(loaded.index().contains(doomedId));
        assertTrue(resolver.resolve(edited, 5).candidates().stream().noneMatch(c -> c.matchedVariant().equals(edited)));
        // The running instance followed the same changes through the log.
        awaitLive(editedAgain, editedId);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (holder.size() != loaded.index().size() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(holder.size(), loaded.index().size());
    }

    @Test
    void aChangeCommittedAfterALaterOneResolvesWithinASecond() throws Exception {
        long person = person("Wilhelmina Oosterhuis");
        String early = unique("Wilhelmina Oosterhuys ");
        String late = unique("Willemijn Oosterhuis ");
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            // Logged first (a smaller log id), committed last.
            long earlyId = insertVariant(slow, person, early);
            long lateId = variant(person, late);
            awaitLive(late, lateId);
            slow.commit();
            awaitWithin(Duration.ofSeconds(1), early, earlyId);
        }
    }

    @Test
    void writingASnapshotPrunesTheLogBelowWhatAnOlderOneReflects() throws Exception {
        long person = person("Ottoline Brackenbury");
        String first = unique("Ottoline Brakenbury ");
        long firstId = variant(person, first);
        awaitLive(first, firstId);
        listener.writeSnapshotNow();
        String second = unique("Otoline Brackenberry ");
        long secondId = variant(person, second);
        awaitLive(second, secondId);
        Thread.sleep(1100); // the proof must be older than the retention (one second here)
        listener.writeSnapshotNow(Duration.ofSeconds(1));
        assertEquals(0, count("SELECT count(*) FROM name_variant_change WHERE variant_id = " + firstId));
        assertEquals(1, count("SELECT count(*) FROM name_index_snapshot WHERE bytes > 0"));
        assertTrue(count("SELECT count(*) FROM name_variant_change_pruned WHERE below > '0'") == 1);
        String third = unique("Ottilie Brackenbury ");
        long thirdId = variant(person, third);
        VariantChangeListener.Loaded loaded = listener.loadAsAnotherInstance();
        assertFalse(loaded.rebuilt(), loaded.how());
        NameResolver resolver = new NameResolver(loaded.index());
        assertTopVariant(resolver.resolve(first, 5), firstId);
        assertTopVariant(resolver.resolve(second, 5), secondId);
        assertTopVariant(resolver.resolve(third, 5), thirdId);
    }

    @Test
    void anUnusableSnapshotMeansARebuildFromTheRows() throws Exception {
        long person = person("Evangelos Papadimitriou");
        String spelling = unique("Vangelis Papadimitriu ");
        long id = variant(person, spelling);
        awaitLive(spelling, id);
        long snapshot;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO name_index_snapshot (fingerprint, stamp, spellings, bytes, change_id, taken_at)"
                                + " VALUES (?, pg_current_snapshot()::text, 1, 3, 0, now()) RETURNING id")) {
            insert.setString(1, NameIndexSnapshot.fingerprint());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                snapshot = row.getLong(1);
            }
            sql("INSERT INTO name_index_snapshot_chunk (snapshot_id, seq, data) VALUES (" + snapshot + ", 0, '\\x010203')");
        }
        try {
            VariantChangeListener.Loaded loaded = listener.loadAsAnotherInstance();
            assertTrue(loaded.rebuilt(), loaded.how());
            assertTopVariant(new NameResolver(loaded.index()).resolve(spelling, 5), id);
        } finally {
            sql("DELETE FROM name_index_snapshot WHERE id = " + snapshot);
        }
    }

    private static void assertTopVariant(Resolution resolution, long variantId) {
        assertEquals(Decision.MATCH, resolution.decision(), resolution.toString());
        Candidate top = resolution.candidates().get(0);
        assertEquals(variantId, top.variantId(), resolution.toString());
    }

    private void awaitLive(String spelling, long variantId) throws InterruptedException {
        awaitWithin(Duration.ofSeconds(5), spelling, variantId);
    }

    private void awaitWithin(Duration timeout, String spelling, long variantId) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Resolution r = holder.resolve(spelling, 3);
        while (!(r.decision() == Decision.MATCH && r.candidates().get(0).variantId() == variantId) && System.nanoTime() < deadline) {
            Thread.sleep(10);
            r = holder.resolve(spelling, 3);
        }
        assertTopVariant(r, variantId);
    }

    private long person(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO person (id, name, created_at, updated_at, version) VALUES (nextval('person_seq'), ?, now(), now(), 0) RETURNING id")) {
            insert.setString(1, unique(name + " "));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private long variant(long person, String spelling) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return insertVariant(connection, person, spelling);
        }
    }

    private static long insertVariant(Connection connection, long person, String spelling) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO name_variant (person_id, spelling, normalized, source) VALUES (?, ?, lower(?), 'EDITOR') RETURNING id")) {
            insert.setLong(1, person);
            insert.setString(2, spelling);
            insert.setString(3, spelling);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private long count(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
                ResultSet row = s.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}

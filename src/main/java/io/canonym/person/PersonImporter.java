package io.canonym.person;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The bulk-import fast path: writes checked people and their spellings with multi-row INSERTs over the transaction's
 * own connection, instead of one Hibernate entity (and one batched statement row) at a time. A 1,000-person import is
 * a handful of round trips. Must run inside the caller's transaction; it does no checking of its own.
 * <p>
 * Ids come from the same sequences Hibernate uses, taken the way its pooled-lo optimizer takes them (pinned in
 * application.properties): a {@code nextval} of {@code v} owns the ids {@code v … v+49} (the sequences step by 50), so
 * the two never hand out the same id.
 */
@ApplicationScoped
public class PersonImporter {

    /** The sequences' INCREMENT BY (V1 migration) and the entities' allocationSize. */
    static final int ID_BLOCK = 50;
    /** Rows per INSERT statement: well under PostgreSQL's 32,767 bind parameters for either table. */
    private static final int ROWS_PER_STATEMENT = 1000;

    @Inject
    DataSource dataSource;
    @Inject
    Event<SpellingsChanged> spellingsChanged;

    /**
     * Stores {@code people} (in this order, so their ids ascend with it) and {@code spellings}, whose {@code person}
     * is one of them; gives every entity its id; announces the spellings once the transaction commits.
     */
    public List<Person> insert(List<Person> people, List<NameVariant> spellings) {
        try (Connection connection = dataSource.getConnection()) {
            assignIds(connection, "person_seq", people.size(), (i, id) -> people.get(i).id = id);
            assignIds(connection, "name_variant_seq", spellings.size(), (i, id) -> spellings.get(i).id = id);
            insertPeople(connection, people);
            insertSpellings(connection, spellings);
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed: " + e.getMessage(), e);
        }
        spellingsChanged.fire(SpellingsChanged.added(spellings));
        return people;
    }

    private interface IdSink {
        void accept(int index, long id);
    }

    /** Takes ceil(count / 50) id blocks in one round trip. */
    private static void assignIds(Connection connection, String sequence, int count, IdSink sink) throws SQLException {
        if (count == 0) {
            return;
        }
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)")) {
            next.setInt(1, (count + ID_BLOCK - 1) / ID_BLOCK);
            int assigned = 0;
            try (ResultSet rows = next.executeQuery()) {
                while (rows.next()) {
                    long low = rows.getLong(1);
                    for (long id = low; id < low + ID_BLOCK && assigned < count; id++) {
                        sink.accept(assigned++, id);
                    }
                }
            }
        }
    }

    private static void insertPeople(Connection connection, List<Person> people) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < people.size(); from += ROWS_PER_STATEMENT) {
            List<Person> chunk = people.subList(from, Math.min(people.size(), from + ROWS_PER_STATEMENT));
            String sql = "INSERT INTO person (id, name, native_name, description, external_id, created_at, updated_at, version) VALUES "
                    + rows(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, 0)");
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int p = 1;
                for (Person person : chunk) {
                    insert.setLong(p++, person.id);
                    insert.setString(p++, person.name);
                    setNullable(insert, p++, person.nativeName);
                    setNullable(insert, p++, person.description);
                    setNullable(insert, p++, person.externalId);
                    insert.setObject(p++, now);
                    insert.setObject(p++, now);
                    person.createdAt = now;
                    person.updatedAt = now;
                    person.version = 0;
                }
                insert.executeUpdate();
            }
        }
    }

    private static void insertSpellings(Connection connection, List<NameVariant> spellings) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < spellings.size(); from += ROWS_PER_STATEMENT) {
            List<NameVariant> chunk = spellings.subList(from, Math.min(spellings.size(), from + ROWS_PER_STATEMENT));
            String sql = "INSERT INTO name_variant (id, person_id, spelling, normalized, source, created_at) VALUES "
                    + rows(chunk.size(), "(?, ?, ?, ?, ?, ?)");
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int p = 1;
                for (NameVariant spelling : chunk) {
                    insert.setLong(p++, spelling.id);
                    insert.setLong(p++, spelling.person.id);
                    insert.setString(p++, spelling.spelling);
                    insert.setString(p++, spelling.normalized);
                    insert.setString(p++, spelling.source.name());
                    insert.setObject(p++, now);
                    spelling.createdAt = now;
                }
                insert.executeUpdate();
            }
        }
    }

    private static String rows(int count, String row) {
        StringBuilder sql = new StringBuilder(count * (row.length() + 2));
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}

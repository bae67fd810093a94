package io.canonym.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matcher a team would write with PostgreSQL alone, to compare Canonym against in the same run: names lower-cased
 * and unaccented, ranked by pg_trgm {@code similarity()} (nearest first through a GiST trigram index), a MATCH when the
 * best similarity reaches a threshold.
 */
public final class TrigramBaseline implements AutoCloseable {

    /** A person and how similar their best name is to the query, in [0, 1]. */
    public record Scored(long personId, double similarity, String name) {
    }

    private final Connection connection;
    private final String table;

    public TrigramBaseline(Connection connection, String table) throws SQLException {
        this.connection = connection;
        this.table = table;
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            ddl.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            ddl.execute("DROP TABLE IF EXISTS " + table);
            ddl.execute("CREATE TABLE " + table + " (person_id bigint NOT NULL, name text NOT NULL)");
        }
    }

    /** Stores one name of a person; a person may have several (e.g. Latin and native script). */
    public void add(long personId, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (person_id, name) VALUES (?, lower(unaccent(?)))")) {
            insert.setLong(1, personId);
            insert.setString(2, name);
            insert.executeUpdate();
        }
    }

    /** Builds the trigram index once every name is in. */
    public void index() throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE INDEX ON " + table + " USING gist (name gist_trgm_ops)");
            ddl.execute("ANALYZE " + table);
        }
    }

    /** The {@code limit} most similar people, best first (each person once, by their most similar name). */
    public List<Scored> top(String query, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT person_id, similarity(name, q), name FROM " + table + ", lower(unaccent(?)) AS q "
                        + "ORDER BY name <-> q LIMIT ?")) {
            select.setString(1, query);
            select.setInt(2, limit * 3);
            Map<Long, Scored> best = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    best.putIfAbsent(rows.getLong(1), new Scored(rows.getLong(1), rows.getDouble(2), rows.getString(3)));
                }
            }
            List<Scored> scored = new ArrayList<>(best.values());
            return scored.subList(0, Math.min(limit, scored.size()));
        }
    }

    @Override
    public void close() throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + table);
        }
    }
}

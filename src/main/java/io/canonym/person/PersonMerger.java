package io.canonym.person;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.canonym.audit.AuditService;
import io.canonym.common.ApiException;
import io.canonym.common.ErrorCode;
import io.canonym.security.CurrentEditor;

/**
 * Merges duplicate people and undoes merges.
 * <p>
 * A merge moves everything of the source to the target — spellings (as new variants of the target; a spelling the
 * target has already is not doubled), linked mentions (status and score kept), candidacies (where the target is a
 * candidate for the same mention already, the target's candidacy stays) and rejected links — then deletes the source's
 * row and keeps a {@link PersonMerge} record of what it moved. The source's id keeps answering queries with the target.
 * <p>
 * An unmerge puts the source back as it was: its row (same id, name and version), its spellings (under new variant
 * ids), its mentions, candidacies and rejected links. What happened after the merge wins over the record: a moved
 * mention that an editor has decided on since (its version changed) stays where the editor put it, and whatever was
 * added to the target after the merge (spellings, mentions, candidacies) stays with the target.
 * <p>
 * Both lock the people's rows first, so a merge racing a confirmation, an update or another merge either waits for
 * it or makes it fail with CONFLICT: every mention keeps pointing at a person that exists.
 */
@ApplicationScoped
public class PersonMerger {

    @Inject
    PersonService people;
    @Inject
    AuditService audit;
    @Inject
    CurrentEditor editor;
    @Inject
    Event<SpellingsChanged> spellingsChanged;

    @Transactional
    public Person merge(long sourceId, long targetId) {
        if (sourceId == targetId) {
            throw ApiException.badInput("targetId", "must not be the person merged away");
        }
        people.lockRows(sourceId, targetId);
        Person source = people.get(sourceId);
        Person target = people.get(targetId);
        List<NameVariant> sourceVariants = NameVariant.list("person.id = ?1 order by id", sourceId);
        List<NameVariant> targetVariants = NameVariant.list("person.id = ?1 order by id", targetId);
        JsonObject before = Json.createObjectBuilder().add("source", PersonJson.of(source, sourceVariants))
                .add("target", PersonJson.of(target, targetVariants)).build();

        List<NameVariant> copies = new ArrayList<>();
        JsonArray variants = moveVariants(sourceVariants, target, targetVariants, copies);
        em().flush();
        JsonObject snapshot = Json.createObjectBuilder()
                .add("person", row(source))
                .add("variants", variants)
                .add("mentions", moveMentions(sourceId, targetId))
                .add("candidates", moveRows("mention_candidate", "mention_id", "rank, score", sourceId, targetId))
                .add("rejectedLinks", moveRows("rejected_link", "normalized", "created_at", sourceId, targetId))
                .build();
        source.delete();
        em().lock(target, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        record(sourceId, targetId, snapshot);

        audit.record("mergePeople", List.of(sourceId, targetId), before, Json.createObjectBuilder()
                .add("target", PersonJson.of(target, NameVariant.list("person.id = ?1 order by id", targetId))).build());
        spellingsChanged.fire(SpellingsChanged.of(copies, sourceVariants.stream().map(v -> v.id).toList()));
        return target;
    }

    @Transactional
    public Person unmerge(long sourceId) {
        PersonMerge merge = PersonMerge.findById(sourceId, LockModeType.PESSIMISTIC_WRITE);
        if (merge == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "Person " + sourceId
                    + " was not merged into anyone", "sourceId");
        }
        long targetId = merge.targetId;
        people.lockRows(targetId);
        Person target = Person.findById(targetId);
        if (target == null) {
            throw ApiException.conflict("Person " + sourceId + " was merged into person " + targetId
                    + ", which has since been merged away itself: unmerge person " + targetId + " first");
        }
        JsonObject snapshot = parse(merge.snapshot);
        JsonObject before = Json.createObjectBuilder().add("target",
                PersonJson.of(target, NameVariant.list("person.id = ?1 order by id", targetId))).build();

        insertRow(snapshot.getJsonObject("person"));
        Person source = Person.findById(sourceId);
        List<Long> removedCopies = new ArrayList<>();
        List<NameVariant> restored = restoreVariants(snapshot.getJsonArray("variants"), source, targetId, removedCopies);
        restoreMentions(snapshot.getJsonArray("mentions"), sourceId, targetId);
        restoreCandidates(snapshot.getJsonArray("candidates"), sourceId, targetId);
        restoreRejectedLinks(snapshot.getJsonArray("rejectedLinks"), sourceId, targetId);
        merge.delete();
        em().lock(target, LockModeType.PESSIMISTIC_FORCE_INCREMENT);

        audit.record("unmergePeople", List.of(sourceId, targetId), before, Json.createObjectBuilder()
                .add("source", PersonJson.of(source, restored))
                .add("target", PersonJson.of(target, NameVariant.list("person.id = ?1 order by id", targetId))).build());
        spellingsChanged.fire(SpellingsChanged.of(restored, removedCopies));
        return source;
    }

    // --- merge ---------------------------------------------------------------------------------------------------

    /** The source's spellings become the target's (as EDITOR spellings: the target keeps its own names). */
    private static JsonArray moveVariants(List<NameVariant> sourceVariants, Person target, List<NameVariant> targetVariants,
            List<NameVariant> copies) {
        Set<String> targetSpellings = targetVariants.stream().map(v -> v.spelling).collect(Collectors.toSet());
        JsonArrayBuilder moved = Json.createArrayBuilder();
        for (NameVariant variant : sourceVariants) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("spelling", variant.spelling)
                    .add("source", variant.source.name());
            if (targetSpellings.add(variant.spelling)) {
                VariantSource copySource = variant.source == VariantSource.CANONICAL || variant.source == VariantSource.NATIVE
                        ? VariantSource.EDITOR : variant.source;
                NameVariant copy = NameVariant.of(target, variant.spelling, copySource);
                copy.persist();
                copies.add(copy);
                json.add("copyId", copy.id);
            } else {
                json.addNull("copyId");
            }
            variant.delete();
            moved.add(json);
        }
        return moved.build();
    }

    /** Moves the mentions linked to the source; records each as it was, with its version after the move. */
    private static JsonArray moveMentions(long sourceId, long targetId) {
        List<?> rows = em().createNativeQuery("""
                UPDATE mention SET person_id = :target, version = version + 1, updated_at = now()
                WHERE person_id = :source
                RETURNING id, status, score, version""")
                .setParameter("source", sourceId).setParameter("target", targetId).getResultList();
        JsonArrayBuilder mentions = Json.createArrayBuilder();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            JsonObjectBuilder json = Json.createObjectBuilder().add("id", ((Number) cells[0]).longValue())
                    .add("status", (String) cells[1]).add("version", ((Number) cells[3]).intValue());
            if (cells[2] == null) {
                json.addNull("score");
            } else {
                json.add("score", ((Number) cells[2]).doubleValue());
            }
            mentions.add(json);
        }
        return mentions.build();
    }

    /**
     * Moves the source's rows of a table keyed by (person_id, {@code key}) to the target; where the target has a row
     * with the same key already, the source's is dropped instead. Records each row with whether it was moved.
     */
    private static JsonArray moveRows(String table, String key, String columns, long sourceId, long targetId) {
        String select = key + ", " + columns;
        List<?> dropped = em().createNativeQuery("DELETE FROM " + table + " s WHERE s.person_id = :source AND EXISTS ("
                + "SELECT 1 FROM " + table + " t WHERE t.person_id = :target AND t." + key + " = s." + key + ") "
                + "RETURNING " + select)
                .setParameter("source", sourceId).setParameter("target", targetId).getResultList();
        List<?> moved = em().createNativeQuery("UPDATE " + table + " SET person_id = :target WHERE person_id = :source "
                + "RETURNING " + select)
                .setParameter("source", sourceId).setParameter("target", targetId).getResultList();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        dropped.forEach(row -> rows.add(rowJson(row, false)));
        moved.forEach(row -> rows.add(rowJson(row, true)));
        return rows.build();
    }

    private static JsonObject rowJson(Object row, boolean moved) {
        Object[] cells = (Object[]) row;
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Object cell : cells) {
            if (cell == null) {
                values.addNull();
            } else if (cell instanceof Number number) {
                values.add(number.doubleValue());
            } else {
                values.add(cell.toString());
            }
        }
        return Json.createObjectBuilder().add("values", values).add("moved", moved).build();
    }

    private static JsonObject row(Person person) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", person.id).add("name", person.name);
        PersonJson.addNullable(json, "nativeName", person.nativeName);
        PersonJson.addNullable(json, "description", person.description);
        PersonJson.addNullable(json, "externalId", person.externalId);
        return json.add("createdAt", person.createdAt.toString()).add("updatedAt", person.updatedAt.toString())
                .add("version", person.version).build();
    }

    private void record(long sourceId, long targetId, JsonObject snapshot) {
        PersonMerge merge = new PersonMerge();
        merge.sourceId = sourceId;
        merge.targetId = targetId;
        merge.mergedAt = OffsetDateTime.now();
        merge.actor = editor.actor();
        merge.snapshot = snapshot.toString();
        merge.persist();
    }

    // --- unmerge -------------------------------------------------------------------------------------------------

    private static void insertRow(JsonObject person) {
        em().createNativeQuery("""
                INSERT INTO person (id, name, native_name, description, external_id, created_at, updated_at, version)
                VALUES (:id, :name, :nativeName, :description, :externalId, CAST(:createdAt AS timestamptz),
                        CAST(:updatedAt AS timestamptz), :version)""")
                .setParameter("id", person.getJsonNumber("id").longValue())
                .setParameter("name", person.getString("name"))
                .setParameter("nativeName", person.getString("nativeName", null))
                .setParameter("description", person.getString("description", null))
                .setParameter("externalId", person.getString("externalId", null))
                .setParameter("createdAt", person.getString("createdAt"))
                .setParameter("updatedAt", person.getString("updatedAt"))
                .setParameter("version", person.getInt("version"))
                .executeUpdate();
    }

    /** Removes the target's copies of the source's spellings (those still there) and gives the source its own back. */
    private static List<NameVariant> restoreVariants(JsonArray variants, Person source, long targetId, List<Long> removedCopies) {
        List<NameVariant> restored = new ArrayList<>();
        for (JsonObject json : variants.getValuesAs(JsonObject.class)) {
            if (!json.isNull("copyId")) {
                long copyId = json.getJsonNumber("copyId").longValue();
                NameVariant copy = NameVariant.findById(copyId);
                if (copy != null && copy.person.id == targetId) {
                    copy.delete();
                    removedCopies.add(copyId);
                }
            }
            NameVariant variant = NameVariant.of(source, json.getString("spelling"), VariantSource.valueOf(json.getString("source")));
            variant.persist();
            restored.add(variant);
        }
        em().flush();
        return restored;
    }

    /** Mentions still as the merge left them go back; those an editor has decided on since stay. */
    private static void restoreMentions(JsonArray mentions, long sourceId, long targetId) {
        for (JsonObject json : mentions.getValuesAs(JsonObject.class)) {
            em().createNativeQuery("""
                    UPDATE mention SET person_id = :source, status = :status, score = CAST(:score AS real),
                           version = version + 1, updated_at = now()
                    WHERE id = :id AND person_id = :target AND version = :version""")
                    .setParameter("source", sourceId).setParameter("target", targetId)
                    .setParameter("id", json.getJsonNumber("id").longValue())
                    .setParameter("status", json.getString("status"))
                    .setParameter("score", json.isNull("score") ? null : json.getJsonNumber("score").doubleValue())
                    .setParameter("version", json.getInt("version"))
                    .executeUpdate();
        }
    }

    private static void restoreCandidates(JsonArray candidates, long sourceId, long targetId) {
        for (JsonObject json : candidates.getValuesAs(JsonObject.class)) {
            JsonArray values = json.getJsonArray("values");
            long mentionId = values.getJsonNumber(0).longValue();
            if (json.getBoolean("moved")) {
                em().createNativeQuery("DELETE FROM mention_candidate WHERE mention_id = :mention AND person_id = :target")
                        .setParameter("mention", mentionId).setParameter("target", targetId).executeUpdate();
            }
            em().createNativeQuery("""
                    INSERT INTO mention_candidate (mention_id, person_id, rank, score)
                    SELECT :mention, :source, :rank, CAST(:score AS real) WHERE EXISTS (SELECT 1 FROM mention WHERE id = :mention)
                    ON CONFLICT DO NOTHING""")
                    .setParameter("mention", mentionId).setParameter("source", sourceId)
                    .setParameter("rank", (short) values.getJsonNumber(1).intValue())
                    .setParameter("score", values.getJsonNumber(2).doubleValue())
                    .executeUpdate();
        }
    }

    private static void restoreRejectedLinks(JsonArray links, long sourceId, long targetId) {
        for (JsonObject json : links.getValuesAs(JsonObject.class)) {
            JsonArray values = json.getJsonArray("values");
            String normalized = values.getString(0);
            if (json.getBoolean("moved")) {
                em().createNativeQuery("DELETE FROM rejected_link WHERE person_id = :target AND normalized = :normalized")
                        .setParameter("target", targetId).setParameter("normalized", normalized).executeUpdate();
            }
            em().createNativeQuery("""
                    INSERT INTO rejected_link (person_id, normalized, created_at)
                    VALUES (:source, :normalized, CAST(:createdAt AS timestamptz)) ON CONFLICT DO NOTHING""")
                    .setParameter("source", sourceId).setParameter("normalized", normalized)
                    .setParameter("createdAt", values.getString(1))
                    .executeUpdate();
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static EntityManager em() {
        return Person.getEntityManager();
    }
}

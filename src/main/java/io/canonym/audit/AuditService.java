package io.canonym.audit;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.canonym.common.Cursor;
import io.canonym.common.Page;
import io.canonym.common.PageRequest;
import io.canonym.security.CurrentEditor;

/**
 * The audit trail. Every mutation calls {@link #record} inside its own transaction, so that the entry is written if
 * and only if the change is: a change rolled back leaves no entry, and no change goes unrecorded.
 */
@ApplicationScoped
public class AuditService {

    private static final String CURSOR_KIND = "audit";

    @Inject
    CurrentEditor editor;

    /**
     * Records a change made by the current caller (the token's subject). Must run in the transaction that makes the
     * change.
     *
     * @param action    the mutation's name, e.g. {@code confirmMention}
     * @param personIds the people it concerns; {@code auditLog(personId:)} finds the entry under each of them
     * @param before    the data as it was (null for a creation)
     * @param after     the data as it became (null for a deletion)
     */
    @Transactional(TxType.MANDATORY)
    public AuditEntry record(String action, Collection<Long> personIds, JsonValue before, JsonValue after) {
        AuditEntry entry = new AuditEntry();
        entry.action = action;
        entry.actor = editor.actor();
        entry.at = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it, for cursors
        entry.personIds = personIds.stream().distinct().toList();
        entry.before = before == null ? null : before.toString();
        entry.after = after == null ? null : after.toString();
        entry.persist();
        return entry;
    }

    /** Entries, newest first; with a person id, only those that concern that person. */
    @Transactional
    public Page<AuditEntry> list(Long personId, PageRequest request) {
        List<String> conditions = new ArrayList<>();
        if (personId != null) {
            conditions.add("person_ids @> ARRAY[:personId]::bigint[]");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = ((Number) bind(AuditEntry.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM audit_entry" + where), personId, null).getSingleResult()).longValue();
        if (request.after() != null) {
            conditions.add("(at, id) < (:afterAt, :afterId)");
            where = " WHERE " + String.join(" AND ", conditions);
        }
        Query query = AuditEntry.getEntityManager().createNativeQuery(
                "SELECT * FROM audit_entry" + where + " ORDER BY at DESC, id DESC", AuditEntry.class);
        @SuppressWarnings("unchecked")
        List<AuditEntry> rows = bind(query, personId, request.after()).setMaxResults(request.fetchSize()).getResultList();
        return Page.of(rows, request, total, entry -> Cursor.encode(CURSOR_KIND, entry.at, entry.id));
    }

    private static Query bind(Query query, Long personId, String after) {
        if (personId != null) {
            query.setParameter("personId", personId);
        }
        if (after != null) {
            List<String> key = Cursor.decode(after, CURSOR_KIND, 2);
            try {
                query.setParameter("afterAt", OffsetDateTime.parse(key.get(0)));
                query.setParameter("afterId", Long.parseLong(key.get(1)));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
        }
        return query;
    }
}

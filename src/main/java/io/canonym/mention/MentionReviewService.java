package io.canonym.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.canonym.audit.AuditService;
import io.canonym.common.ApiException;
import io.canonym.common.Cursor;
import io.canonym.common.Inputs;
import io.canonym.common.Page;
import io.canonym.common.PageRequest;
import io.canonym.person.Person;
import io.canonym.person.PersonInput;
import io.canonym.person.PersonService;
import io.canonym.person.SearchText;
import io.canonym.person.VariantSource;
import io.canonym.security.CurrentEditor;

/**
 * The editors' decisions on mentions. Each is one transaction, audited, and takes effect at once: a confirmed
 * spelling becomes a learned variant of the person (so the next article with it links on its own, and open mentions
 * with it are linked in the background); a rejected one becomes a negative pair the linker never crosses.
 */
@ApplicationScoped
public class MentionReviewService {

    /** The most mentions one resolveAllMentions call decides; the rest stay in the queue for the next call. */
    public static final int MAX_RESOLVE_ALL = 1000;
    static final String QUEUE_CURSOR_KIND = "review";

    @Inject
    PersonService people;
    @Inject
    AuditService audit;
    @Inject
    CurrentEditor editor;
    @Inject
    EntityManager entityManager;
    @Inject
    Event<ReviewQueueChange> queueChanged;

    @Transactional
    public Mention confirm(long mentionId, long personId, Integer version) {
        Mention mention = load(mentionId, version);
        Person person = people.lockForLinking(personId);
        JsonObject before = json(mention);
        confirm(mention, person);
        people.addVariant(person.id, mention.text, VariantSource.LEARNED, "confirmMention");
        audit.record("confirmMention", concerned(before, person.id), before, json(mention));
        queueChanged.fire(ReviewQueueChange.of("CONFIRMED", mention.text, List.of(mention.id)));
        return mention;
    }

    /**
     * Says the mention is not {@code personId} (by default: the person it is linked to, or its best candidate). The
     * pair is remembered: that spelling is never again linked automatically to that person, and mentions of it that
     * Canonym had linked to them go back to review.
     */
    @Transactional
    public Mention reject(long mentionId, Long personId, Integer version) {
        Mention mention = load(mentionId, version);
        Long rejected = personId != null ? Long.valueOf(people.get(personId).id) : mention.personId != null ? mention.personId
                : bestCandidate(mention.id);
        if (rejected == null) {
            throw ApiException.badInput("personId", "the mention has no person or candidate to reject: name the person");
        }
        JsonObject before = json(mention);
        entityManager.createNativeQuery("""
                INSERT INTO rejected_link (person_id, normalized) VALUES (:person, :normalized) ON CONFLICT DO NOTHING""")
                .setParameter("person", rejected).setParameter("normalized", mention.normalized).executeUpdate();
        mention.status = MentionStatus.REJECTED;
        mention.personId = rejected;
        mention.score = null;
        mention.explanation = new ArrayList<>(List.of("rejected by " + editor.actor() + ": not this person"));
        dropCandidate(mention.normalized, rejected);
        List<Long> reopened = reopenLinkedSpelling(mention, rejected);
        audit.record("rejectMention", List.of(rejected), before, json(mention));
        List<Long> changed = new ArrayList<>(reopened);
        changed.add(0, mention.id);
        queueChanged.fire(ReviewQueueChange.of("REJECTED", mention.text, changed));
        return mention;
    }

    /** A new person from a name nobody known bears; the mention is confirmed to them. */
    @Transactional
    public Person createPersonFromMention(long mentionId, PersonInput input) {
        Mention mention = load(mentionId, null);
        PersonInput person = input != null ? input : new PersonInput();
        if (person.name == null || person.name.isBlank()) {
            person.name = mention.text;
        }
        Person created = people.create(person);
        JsonObject before = json(mention);
        confirm(mention, created);
        people.addVariant(created.id, mention.text, VariantSource.LEARNED, "createPersonFromMention");
        audit.record("createPersonFromMention", List.of(created.id), before, json(mention));
        queueChanged.fire(ReviewQueueChange.of("CONFIRMED", mention.text, List.of(mention.id)));
        return created;
    }

    /** Confirms every open mention of the spelling (compared folded) to the person: one decision clears them all. */
    @Transactional
    public List<Mention> resolveAll(String spelling, long personId) {
        String written = Inputs.requiredLine("spelling", spelling, Person.MAX_NAME_LENGTH);
        Person person = people.lockForLinking(personId);
        List<Mention> open = Mention.<Mention> find("normalized = ?1 and status in ?2 order by id", SearchText.normalize(written),
                MentionService.OPEN).range(0, MAX_RESOLVE_ALL - 1).list();
        for (Mention mention : open) {
            confirm(mention, person);
        }
        if (!open.isEmpty()) {
            people.addVariant(person.id, written, VariantSource.LEARNED, "resolveAllMentions");
            JsonObject after = Json.createObjectBuilder().add("spelling", written).add("person", person.id)
                    .add("mentions", Json.createArrayBuilder(open.stream().map(m -> m.id).toList())).build();
            audit.record("resolveAllMentions", List.of(person.id), null, after);
            queueChanged.fire(ReviewQueueChange.of("CONFIRMED", written, open.stream().map(m -> m.id).toList()));
        }
        return open;
    }

    /**
     * Open mentions (NEEDS_REVIEW and UNRESOLVED), the spellings with most open mentions first, so that one decision
     * clears many; within a spelling, oldest first.
     */
    @Transactional
    public Page<QueuedMention> queue(PageRequest request) {
        QueueKey after = request.after() == null ? null : QueueKey.decode(request.after());
        var query = entityManager.createNativeQuery("""
                SELECT id, normalized, freq FROM (
                    SELECT id, normalized, count(*) OVER (PARTITION BY normalized) AS freq
                    FROM mention WHERE status IN ('NEEDS_REVIEW', 'UNRESOLVED')) open
                %s
                ORDER BY freq DESC, normalized, id
                LIMIT :fetch""".formatted(after == null ? ""
                : "WHERE freq < :freq OR (freq = :freq AND (normalized, id) > (:normalized, :id))"))
                .setParameter("fetch", request.fetchSize());
        if (after != null) {
            query.setParameter("freq", after.count()).setParameter("normalized", after.normalized()).setParameter("id", after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Mention> byId = new HashMap<>();
        if (!rows.isEmpty()) {
            Mention.<Mention> list("id in ?1", rows.stream().map(r -> ((Number) r[0]).longValue()).toList())
                    .forEach(m -> byId.put(m.id, m));
        }
        List<QueuedMention> queued = rows.stream()
                .map(r -> new QueuedMention(byId.get(((Number) r[0]).longValue()), ((Number) r[2]).intValue())).toList();
        long total = Mention.count("status in ?1", MentionService.OPEN);
        return Page.of(queued, request, total, QueuedMention::cursor);
    }

    /** A mention in the review queue, with how many open mentions share its spelling. */
    public record QueuedMention(Mention mention, int sameSpelling) {
        String cursor() {
            return Cursor.encode(QUEUE_CURSOR_KIND, sameSpelling, mention.normalized, mention.id);
        }
    }

    private record QueueKey(long count, String normalized, long id) {
        static QueueKey decode(String cursor) {
            List<String> keys = Cursor.decode(cursor, QUEUE_CURSOR_KIND, 3);
            try {
                return new QueueKey(Long.parseLong(keys.get(0)), keys.get(1), Long.parseLong(keys.get(2)));
            } catch (NumberFormatException e) {
                throw Cursor.invalid();
            }
        }
    }

    // ---- helpers ----

    private Mention load(long mentionId, Integer version) {
        Mention mention = Mention.findById(mentionId);
        if (mention == null) {
            throw ApiException.notFound("Mention", mentionId);
        }
        if (version != null && version != mention.version) {
            throw ApiException.conflict("Mention " + mentionId + " changed since version " + version + " (now " + mention.version + ")");
        }
        return mention;
    }

    private void confirm(Mention mention, Person person) {
        mention.status = MentionStatus.CONFIRMED;
        mention.personId = person.id;
        mention.score = 1f;
        mention.explanation = new ArrayList<>(List.of("confirmed by " + editor.actor()));
        // An editor's confirmation overrides an earlier rejection of the same pair.
        entityManager.createNativeQuery("DELETE FROM rejected_link WHERE person_id = :person AND normalized = :normalized")
                .setParameter("person", person.id).setParameter("normalized", mention.normalized).executeUpdate();
    }

    private Long bestCandidate(long mentionId) {
        List<MentionCandidate> best = MentionCandidate.<MentionCandidate> find("mentionId = ?1 order by rank", mentionId).range(0, 0).list();
        return best.isEmpty() ? null : best.get(0).personId;
    }

    /** The rejected person is no longer offered for open mentions of the spelling. */
    private void dropCandidate(String normalized, long personId) {
        entityManager.createNativeQuery("""
                DELETE FROM mention_candidate c USING mention m
                WHERE c.mention_id = m.id AND c.person_id = :person AND m.normalized = :normalized""")
                .setParameter("person", personId).setParameter("normalized", normalized).executeUpdate();
    }

    /** Mentions of the spelling that Canonym had linked to the rejected person go back to the review queue. */
    private List<Long> reopenLinkedSpelling(Mention rejected, long personId) {
        List<Mention> linked = Mention.list("normalized = ?1 and personId = ?2 and status = ?3 and id <> ?4", rejected.normalized,
                personId, MentionStatus.LINKED, rejected.id);
        for (Mention m : linked) {
            m.status = MentionStatus.NEEDS_REVIEW;
            m.personId = null;
            m.explanation = new ArrayList<>(List.of("an editor said \"" + rejected.text + "\" is not the person it was linked to"));
        }
        return linked.stream().map(m -> m.id).toList();
    }

    private static List<Long> concerned(JsonObject before, long personId) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(personId);
        if (before.containsKey("person") && !before.isNull("person")) {
            ids.add(before.getJsonNumber("person").longValue());
        }
        return List.copyOf(ids);
    }

    static JsonObject json(Mention mention) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", mention.id).add("article", mention.articleId)
                .add("text", mention.text).add("status", mention.status.name()).add("version", mention.version);
        if (mention.personId == null) {
            json.addNull("person");
        } else {
            json.add("person", mention.personId);
        }
        if (mention.score == null) {
            json.addNull("score");
        } else {
            json.add("score", mention.score);
        }
        return json.build();
    }
}

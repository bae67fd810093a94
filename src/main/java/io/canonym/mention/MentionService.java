package io.canonym.mention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.canonym.article.Article;
import io.canonym.mention.detect.DetectedName;
import io.canonym.mention.detect.LatinDeclension;
import io.canonym.mention.detect.MentionDetector;
import io.canonym.mention.link.ArticleFacts;
import io.canonym.mention.link.LinkedMention;
import io.canonym.mention.link.MentionLinker;
import io.canonym.mention.link.CaseForms;
import io.canonym.name.Candidate;
import io.canonym.name.Resolution;
import io.canonym.person.Person;
import io.canonym.person.SearchText;
import io.canonym.resolution.NameIndexHolder;

/**
 * Finds the people an article names and stores them as mentions: detection and resolution run in memory against
 * the name index; the database is asked once per batch of articles for what the linker needs besides (who still
 * exists, their descriptions, editors' rejected pairs).
 */
@ApplicationScoped
public class MentionService {

    static final Set<MentionStatus> EDITORIAL = EnumSet.of(MentionStatus.CONFIRMED, MentionStatus.REJECTED);
    static final Set<MentionStatus> OPEN = EnumSet.of(MentionStatus.NEEDS_REVIEW, MentionStatus.UNRESOLVED);

    @Inject
    NameIndexHolder index;

    @Inject
    EntityManager entityManager;

    @Inject
    jakarta.enterprise.event.Event<ReviewQueueChange> queueChanged;

    private final MentionLinker linker = new MentionLinker();
    private final CaseForms caseForms = new CaseForms();

    public Mention find(long id) {
        return Mention.findById(id);
    }

    /** The linked mentions of each body, in text order. Reads the database but writes nothing. */
    public List<List<LinkedMention>> analyse(List<String> bodies) {
        List<List<DetectedName>> detected = new ArrayList<>(bodies.size());
        List<Function<String, Resolution>> resolvers = new ArrayList<>(bodies.size());
        List<Map<String, Resolution>> resolved = new ArrayList<>(bodies.size());
        for (String body : bodies) {
            IndexGazetteer gazetteer = new IndexGazetteer(index);
            List<DetectedName> names = new MentionDetector(gazetteer).detect(body).stream()
                    .map(name -> StrayEdgeWords.trim(name, gazetteer::resolve)).toList();
            // A Polish, Czech, Slovak or Hungarian article declines names in Latin letters too: read them in the
            // nominative as well.
            LatinDeclension declension = LatinDeclension.of(body);
            Function<String, Resolution> resolver = q -> caseForms.resolve(q, declension, gazetteer::resolve);
            Map<String, Resolution> resolutions = new HashMap<>();
            linker.queries(names).forEach(q -> resolutions.put(q, resolver.apply(q)));
            detected.add(names);
            resolvers.add(resolver);
            resolved.add(resolutions);
        }
        Facts facts = facts(detected, resolved);
        List<List<LinkedMention>> linked = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            Function<String, Resolution> resolver = resolvers.get(i);
            Map<String, Resolution> existing = new HashMap<>();
            resolved.get(i).forEach((query, r) -> existing.put(query, facts.withoutVanishedPeople(r)));
            // Repeats asked about later only serve to compare people already known to the facts.
            linked.add(linker.link(bodies.get(i), detected.get(i), q -> existing.computeIfAbsent(q, resolver), facts));
        }
        return linked;
    }

    /** Stores the mentions of a newly stored article. */
    public void store(Article article, List<LinkedMention> linked) {
        store(article, linked, List.of());
    }

    /**
     * Replaces an article's mentions after its body changed. Editors' decisions (confirmed and rejected mentions)
     * carry over to the same spelling in the new body, in order; those whose spelling is gone go with it.
     */
    public void replace(Article article, List<LinkedMention> linked) {
        List<Mention> editorial = Mention.list("articleId = ?1 and status in ?2 order by startOffset", article.id, EDITORIAL);
        entityManager.flush();
        entityManager.createNativeQuery("DELETE FROM mention WHERE article_id = :article")
                .setParameter("article", article.id).executeUpdate();
        editorial.forEach(entityManager::detach);
        store(article, linked, editorial);
    }

    private void store(Article article, List<LinkedMention> linked, List<Mention> editorial) {
        List<Mention> decisions = new ArrayList<>(editorial);
        List<Long> open = new ArrayList<>();
        List<Mention> stored = new ArrayList<>(linked.size());
        for (LinkedMention lm : linked) {
            Mention mention = Mention.of(article, lm);
            Mention decided = takeDecisionFor(decisions, lm.text());
            if (decided != null) {
                mention.status = decided.status;
                mention.personId = decided.personId;
                mention.score = decided.score;
                mention.explanation = new ArrayList<>(decided.explanation);
            }
            mention.persist();
            stored.add(mention);
            if (mention.isOpen()) {
                open.add(mention.id);
            }
        }
        // All mentions first, then all candidates: inserts of one table in a row go to the database as one batch.
        for (int i = 0; i < stored.size(); i++) {
            storeCandidates(stored.get(i), linked.get(i).candidates());
        }
        if (!open.isEmpty()) {
            queueChanged.fire(ReviewQueueChange.of("ARTICLES_STORED", null, open));
        }
    }

    /** Writes the ranked candidates of a mention (which must have its id). */
    void storeCandidates(Mention mention, List<Candidate> candidates) {
        for (int rank = 0; rank < candidates.size(); rank++) {
            Candidate c = candidates.get(rank);
            MentionCandidate.of(mention.id, c.personId(), rank, c.score()).persist();
        }
    }

    private static Mention takeDecisionFor(List<Mention> decisions, String text) {
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).text.equals(text)) {
                return decisions.remove(i);
            }
        }
        return null;
    }

    /**
     * Reads the articles again with what the index knows now, and upgrades their open mentions that now resolve
     * (UNRESOLVED to NEEDS_REVIEW or LINKED, NEEDS_REVIEW to LINKED or to fresher candidates). Linked mentions and
     * editors' decisions are left as they are. Returns how many mentions changed.
     */
    @Transactional
    public int relink(long articleId) {
        Article article = Article.findById(articleId);
        if (article == null) {
            return 0;
        }
        Map<Long, Mention> byStart = new HashMap<>();
        Mention.<Mention> list("articleId", articleId).forEach(m -> byStart.put(((long) m.startOffset << 32) | m.endOffset, m));
        List<Long> changed = new ArrayList<>();
        for (LinkedMention lm : analyse(List.of(article.body)).get(0)) {
            Mention mention = byStart.get(((long) lm.start() << 32) | lm.end());
            if (mention != null && mention.isOpen() && lm.status() != MentionStatus.UNRESOLVED) {
                mention.apply(lm);
                entityManager.createNativeQuery("DELETE FROM mention_candidate WHERE mention_id = :id")
                        .setParameter("id", mention.id).executeUpdate();
                storeCandidates(mention, lm.candidates());
                changed.add(mention.id);
            }
        }
        if (!changed.isEmpty()) {
            queueChanged.fire(ReviewQueueChange.of("LATE_LINKED", null, changed));
        }
        return changed.size();
    }

    /** Each distinct spelling of open mentions (folded, and one way it is written), streamed to {@code sink}. */
    @Transactional
    public void forEachOpenSpelling(java.util.function.BiConsumer<String, String> sink) {
        try (java.util.stream.Stream<?> rows = entityManager.createNativeQuery("""
                SELECT normalized, min(text) FROM mention
                WHERE status IN ('NEEDS_REVIEW', 'UNRESOLVED')
                GROUP BY normalized""")
                .setHint("org.hibernate.fetchSize", 5_000).getResultStream()) {
            rows.forEach(row -> sink.accept((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]));
        }
    }

    /** Articles with open mentions of any of these folded spellings. */
    @Transactional
    public List<Long> articlesWithOpenMentions(Collection<String> normalized) {
        if (normalized.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select distinct m.articleId from Mention m
                where m.normalized in :spellings and m.status in :open order by m.articleId""", Long.class)
                .setParameter("spellings", normalized).setParameter("open", OPEN).getResultList();
    }

    /** Every mention in each article, in text order. */
    public Map<Long, List<Mention>> mentionsOf(Collection<Long> articleIds) {
        List<Mention> mentions = Mention.list("articleId in ?1 order by articleId, startOffset", articleIds);
        return mentions.stream().collect(Collectors.groupingBy(m -> m.articleId));
    }

    /** The candidates of each mention, best first. */
    public Map<Long, List<MentionCandidate>> candidatesOf(Collection<Long> mentionIds) {
        List<MentionCandidate> rows = MentionCandidate.list("mentionId in ?1 order by mentionId, rank", mentionIds);
        return rows.stream().collect(Collectors.groupingBy(c -> c.mentionId));
    }

    public Map<Long, Person> people(Collection<Long> ids) {
        return Person.byIds(Set.copyOf(ids));
    }

    public Map<Long, Article> articles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Article.<Article> list("id in ?1", Set.copyOf(ids)).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    // ---- what the linker needs from the database ----

    private Facts facts(List<List<DetectedName>> detected, List<Map<String, Resolution>> resolved) {
        Set<Long> people = new HashSet<>();
        resolved.forEach(m -> m.values().forEach(r -> r.candidates().forEach(c -> people.add(c.personId()))));
        Set<String> spellings = new HashSet<>();
        detected.forEach(names -> names.forEach(n -> spellings.add(SearchText.normalize(n.text()))));
        return new Facts(descriptions(people), rejectedPairs(people, spellings));
    }

    /** The candidates' descriptions, keyed by every id that still exists (a null description included). */
    private Map<Long, String> descriptions(Set<Long> people) {
        Map<Long, String> described = new HashMap<>();
        if (!people.isEmpty()) {
            entityManager.createQuery("select p.id, p.description from Person p where p.id in :ids", Object[].class)
                    .setParameter("ids", people).getResultList()
                    .forEach(row -> described.put((Long) row[0], (String) row[1]));
        }
        return described;
    }

    private Set<String> rejectedPairs(Set<Long> people, Set<String> spellings) {
        if (people.isEmpty() || spellings.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT person_id, normalized FROM rejected_link WHERE person_id IN (:people) AND normalized IN (:spellings)")
                .setParameter("people", people).setParameter("spellings", spellings).getResultList();
        return rows.stream().map(r -> Facts.pair(((Number) r[0]).longValue(), (String) r[1])).collect(Collectors.toSet());
    }

    private record Facts(Map<Long, String> descriptions, Set<String> rejected) implements ArticleFacts {

        static String pair(long personId, String normalized) {
            return personId + "\u001f" + normalized;
        }

        @Override
        public String description(long personId) {
            return descriptions.get(personId);
        }

        @Override
        public boolean isRejected(long personId, String text) {
            // Asked for every candidate of every spelling; folding the text is the costly part, and most calls have
            // no rejected pair at all to compare with.
            return !rejected.isEmpty() && rejected.contains(pair(personId, SearchText.normalize(text)));
        }

        /** The index may still know someone deleted a moment ago: such a person cannot be linked or offered. */
        Resolution withoutVanishedPeople(Resolution r) {
            return r.without(c -> !descriptions.containsKey(c.personId()));
        }
    }
}

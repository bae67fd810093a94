package io.canonym.support;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.canonym.article.Article;
import io.canonym.mention.Mention;
import io.canonym.mention.MentionStatus;
import io.canonym.person.NameVariant;
import io.canonym.person.Person;
import io.canonym.person.PersonMerge;
import io.canonym.person.SearchText;

/**
 * Writes rows that no API of this version writes yet (mentions come from a later issue), straight into the real
 * database.
 */
@ApplicationScoped
public class TestData {

    @jakarta.inject.Inject
    io.canonym.resolution.NameIndexHolder nameIndex;

    @Transactional
    public long article(String title, String body, OffsetDateTime publishedAt) {
        Article article = new Article();
        article.title = title;
        article.body = body;
        article.publishedAt = publishedAt;
        article.persist();
        return article.id;
    }

    /** Links the first occurrence of {@code text} in the article's body to the person. */
    @Transactional
    public long mention(long articleId, String text, Long personId, MentionStatus status) {
        Article article = Article.findById(articleId);
        Mention mention = new Mention();
        mention.article = article;
        mention.text = text;
        mention.startOffset = article.body.indexOf(text);
        mention.endOffset = mention.startOffset + text.length();
        mention.status = status;
        mention.articleId = articleId;
        mention.personId = personId;
        mention.score = personId == null ? null : 0.9f;
        mention.persist();
        return mention.id;
    }

    /** Makes the person a ranked candidate of the mention, as the resolver would. */
    @Transactional
    public void candidate(long mentionId, long personId, int rank, double score) {
        Person.getEntityManager().createNativeQuery(
                "INSERT INTO mention_candidate (mention_id, person_id, rank, score) VALUES (?1, ?2, ?3, CAST(?4 AS real))")
                .setParameter(1, mentionId).setParameter(2, personId).setParameter(3, (short) rank).setParameter(4, score)
                .executeUpdate();
    }

    /** An editor's "this spelling is not that person" (a negative pair), as rejectMention would store it. */
    @Transactional
    public void rejectedLink(long personId, String spelling) {
        Person.getEntityManager().createNativeQuery("INSERT INTO rejected_link (person_id, normalized) VALUES (?1, ?2)")
                .setParameter(1, personId).setParameter(2, SearchText.normalize(spelling)).executeUpdate();
    }

    /** An editor's later decision on a mention, as confirmMention would store it (the version moves). */
    @Transactional
    public void relink(long mentionId, long personId, MentionStatus status) {
        Mention mention = Mention.findById(mentionId);
        mention.personId = personId;
        mention.status = status;
    }

    /** The person a mention is linked to (null if none), its status and score, as stored. */
    @Transactional
    public MentionState mentionState(long mentionId) {
        Object[] row = (Object[]) Person.getEntityManager()
                .createNativeQuery("SELECT person_id, status, score FROM mention WHERE id = ?1")
                .setParameter(1, mentionId).getSingleResult();
        return new MentionState(row[0] == null ? null : ((Number) row[0]).longValue(), (String) row[1],
                row[2] == null ? null : ((Number) row[2]).floatValue());
    }

    public record MentionState(Long personId, String status, Float score) {
    }

    /** The people who are candidates of the mention, by rank, as "personId:rank:score". */
    @Transactional
    public List<String> candidates(long mentionId) {
        List<?> rows = Person.getEntityManager().createNativeQuery(
                "SELECT person_id || ':' || rank || ':' || score FROM mention_candidate WHERE mention_id = ?1 ORDER BY rank, person_id")
                .setParameter(1, mentionId).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    /** The folded spellings an editor rejected for the person. */
    @Transactional
    public List<String> rejectedLinks(long personId) {
        List<?> rows = Person.getEntityManager()
                .createNativeQuery("SELECT normalized FROM rejected_link WHERE person_id = ?1 ORDER BY normalized")
                .setParameter(1, personId).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    /**
     * Empties the database, for tests whose assertions depend on who is known at all (a name is a MATCH only if no
     * other stored person could be meant). Deleting row by row lets the name index hear of every removed spelling.
     */
    @Transactional
    public void deleteEverything() {
        Mention.deleteAll();
        Article.deleteAll();
        NameVariant.deleteAll();
        Person.deleteAll();
        PersonMerge.deleteAll();
    }

    public long count(Class<?> entity) {
        return switch (entity.getSimpleName()) {
            case "Person" -> Person.count();
            case "Article" -> Article.count();
            case "Mention" -> Mention.count();
            default -> throw new IllegalArgumentException(entity.getName());
        };
    }

    /**
     * Waits for the name index to hear of every spelling {@link #deleteEverything()} removed; fails after {@code timeout}.
     */
    public void awaitEmptyNameIndex(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (nameIndex.size() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        org.junit.jupiter.api.Assertions.assertEquals(0, nameIndex.size(), "the name index should hear of every deleted spelling");
    }

    @Transactional
    public boolean personExists(long id) {
        return Person.findById(id) != null;
    }
}

package io.canonym.support;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.canonym.article.Article;
import io.canonym.mention.Mention;
import io.canonym.mention.MentionStatus;
import io.canonym.person.NameVariant;
import io.canonym.person.Person;

/**
 * Writes rows that no API of this version writes yet (mentions come from a later issue), straight into the real
 * database.
 */
@ApplicationScoped
public class TestData {

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
    }

    public long count(Class<?> entity) {
        return switch (entity.getSimpleName()) {
            case "Person" -> Person.count();
            case "Article" -> Article.count();
            case "Mention" -> Mention.count();
            default -> throw new IllegalArgumentException(entity.getName());
        };
    }
}

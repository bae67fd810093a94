package io.canonym.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.canonym.common.ApiException;
import io.canonym.common.Cursor;
import io.canonym.common.Inputs;
import io.canonym.common.Page;
import io.canonym.common.PageRequest;
import io.canonym.mention.Mention;
import io.canonym.mention.MentionStatus;
import io.canonym.person.Person;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ArticleService {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final List<String> LINKING = MentionStatus.LINKING.stream().map(Enum::name).toList();

    @Inject
    EntityManager entityManager;

    public Article find(long id) {
        return Article.findById(id);
    }

    /** Stores an article. An article whose url is already stored is not stored twice: the stored one is returned. */
    @Transactional
    public Article create(ArticleInput input) {
        Article article = new Article();
        article.title = Inputs.requiredLine("input.title", input.title, Article.MAX_TITLE_LENGTH);
        article.body = Inputs.requiredText("input.body", input.body, Article.MAX_BODY_BYTES);
        article.author = Inputs.optionalLine("input.author", input.author, Article.MAX_AUTHOR_LENGTH);
        article.url = checkedUrl(input.url);
        article.publishedAt = input.publishedAt;
        article.language = checkedLanguage(input.language);
        if (article.url != null) {
            Article stored = Article.find("url", article.url).firstResult();
            if (stored != null) {
                return stored;
            }
        }
        article.persist();
        return article;
    }

    private static String checkedUrl(String value) {
        String url = Inputs.optionalLine("input.url", value, Article.MAX_URL_LENGTH);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
                throw ApiException.badInput("input.url", "must be an absolute http or https address");
            }
            return url;
        } catch (URISyntaxException e) {
            throw ApiException.badInput("input.url", "is not a valid address");
        }
    }

    private static String checkedLanguage(String value) {
        String language = Inputs.optionalLine("input.language", value, 35);
        if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
            throw ApiException.badInput("input.language", "must be a BCP 47 language tag such as en or pt-BR");
        }
        return language;
    }

    /** Articles newest first; with {@code personId}, only those that mention that person. */
    public Page<Article> list(Long personId, PageRequest request) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (personId != null) {
            if (Person.findById(personId) == null) {
                throw ApiException.notFound("Person", personId);
            }
            where.append(" and exists (from Mention m where m.article = a and m.person.id = :personId and m.status in :linking)");
            params.and("personId", personId).and("linking", MentionStatus.LINKING);
        }
        long total = Article.count("from Article a where " + where, params);
        if (request.after() != null) {
            AfterKey key = AfterKey.decode(request.after());
            where.append(" and (a.sortAt < :afterSortAt or (a.sortAt = :afterSortAt and a.id < :afterId))");
            params.and("afterSortAt", key.sortAt()).and("afterId", key.id());
        }
        List<Article> rows = Article.<Article> find("from Article a where " + where + " order by a.sortAt desc, a.id desc", params)
                .range(0, request.fetchSize() - 1).list();
        return Page.of(rows, request, total, Article::cursor);
    }

    /** One page of articles for each person, in three statements whatever the number of people. */
    public Map<Long, Page<Article>> articlesOf(Collection<Long> personIds, PageRequest request) {
        Map<Long, Long> totals = articleCounts(personIds);
        List<Object[]> ranked = rankedArticleIds(personIds, request);
        Map<Long, Article> articles = Article.<Article> list("id in ?1", ranked.stream().map(row -> ((Number) row[1]).longValue()).toList())
                .stream().collect(Collectors.toMap(a -> a.id, a -> a));
        Map<Long, List<Article>> rowsByPerson = new LinkedHashMap<>();
        for (Object[] row : ranked) {
            rowsByPerson.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(articles.get(((Number) row[1]).longValue()));
        }
        Map<Long, Page<Article>> pages = new HashMap<>();
        for (Long personId : personIds) {
            pages.put(personId, Page.of(rowsByPerson.getOrDefault(personId, List.of()), request, totals.getOrDefault(personId, 0L),
                    Article::cursor));
        }
        return pages;
    }

    private Map<Long, Long> articleCounts(Collection<Long> personIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT person_id, count(DISTINCT article_id) FROM mention
                WHERE person_id IN (:people) AND status IN (:linking)
                GROUP BY person_id""")
                .setParameter("people", personIds).setParameter("linking", LINKING).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rankedArticleIds(Collection<Long> personIds, PageRequest request) {
        AfterKey after = request.after() == null ? null : AfterKey.decode(request.after());
        String keyset = after == null ? "" : "WHERE (a.sort_at, a.id) < (:afterSortAt, :afterId)";
        var query = entityManager.createNativeQuery("""
                SELECT person_id, id FROM (
                    SELECT pm.person_id, a.id,
                           row_number() OVER (PARTITION BY pm.person_id ORDER BY a.sort_at DESC, a.id DESC) AS rank
                    FROM (SELECT DISTINCT person_id, article_id FROM mention
                          WHERE person_id IN (:people) AND status IN (:linking)) pm
                    JOIN article a ON a.id = pm.article_id
                    %s
                ) ranked
                WHERE rank <= :fetch
                ORDER BY person_id, rank""".formatted(keyset))
                .setParameter("people", personIds).setParameter("linking", LINKING)
                .setParameter("fetch", request.fetchSize());
        if (after != null) {
            query.setParameter("afterSortAt", after.sortAt()).setParameter("afterId", after.id());
        }
        return query.getResultList();
    }

    /** Every mention in each article, in text order. */
    public Map<Long, List<Mention>> mentionsOf(Collection<Long> articleIds) {
        List<Mention> mentions = Mention.list("article.id in ?1 order by article.id, startOffset", articleIds);
        return mentions.stream().collect(Collectors.groupingBy(m -> m.article.id));
    }

    /** The distinct people each article is linked to, in name order. */
    public Map<Long, List<Person>> peopleOf(Collection<Long> articleIds) {
        List<Object[]> rows = entityManager.createQuery("""
                select distinct m.article.id, p from Mention m join m.person p
                where m.article.id in :articles and m.status in :linking
                order by p.name, p.id""", Object[].class)
                .setParameter("articles", articleIds).setParameter("linking", MentionStatus.LINKING).getResultList();
        Map<Long, List<Person>> people = new HashMap<>();
        for (Object[] row : rows) {
            people.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Person) row[1]);
        }
        return people;
    }

    /** The sort key that an article cursor carries. */
    private record AfterKey(OffsetDateTime sortAt, long id) {
        static AfterKey decode(String cursor) {
            List<String> key = Cursor.decode(cursor, Article.CURSOR_KIND, 2);
            try {
                return new AfterKey(Instant.parse(key.get(0)).atOffset(ZoneOffset.UTC), Long.parseLong(key.get(1)));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw Cursor.invalid();
            }
        }
    }
}

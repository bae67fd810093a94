package io.canonym.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import io.canonym.mention.MentionService;
import io.canonym.mention.link.LinkedMention;
import io.canonym.mention.MentionStatus;
import io.canonym.person.Person;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ArticleService {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final List<String> LINKING = MentionStatus.LINKING.stream().map(Enum::name).toList();

    /** The most articles one createArticles call stores. */
    public static final int MAX_BATCH = 100;

    @Inject
    EntityManager entityManager;

    @Inject
    MentionService mentions;

    @Inject
    io.canonym.person.PersonService people;

    public Article find(long id) {
        return Article.findById(id);
    }

    /** Stores an article and the people it names, in one transaction; see {@link #createAll(List)}. */
    @Transactional
    public Article create(ArticleInput input) {
        return store(List.of(checked("input", input))).get(0);
    }

    /**
     * Stores up to {@link #MAX_BATCH} articles and their mentions in one transaction: all of them, or nothing when
     * one is invalid. An article whose url is stored already is not stored twice: unchanged, the stored one is
     * returned as it is; changed, it is updated, and a changed body is read again for names.
     */
    @Transactional
    public List<Article> createAll(List<ArticleInput> inputs) {
        if (inputs.isEmpty() || inputs.size() > MAX_BATCH) {
            throw ApiException.badInput("input", "must have between 1 and " + MAX_BATCH + " articles");
        }
        List<Article> drafts = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            drafts.add(checked("input[" + i + "]", inputs.get(i)));
        }
        return store(drafts);
    }

    /** Replaces an article's fields; a changed body is read again for names, keeping editors' decisions. */
    @Transactional
    public Article update(long id, ArticleInput input) {
        Article article = Article.findById(id);
        if (article == null) {
            throw ApiException.notFound("Article", id);
        }
        Article draft = checked("input", input);
        if (draft.url != null && !draft.url.equals(article.url) && Article.count("url", draft.url) > 0) {
            throw ApiException.conflict("another article has the url " + draft.url);
        }
        boolean bodyChanged = !article.body.equals(draft.body);
        copyContent(draft, article);
        if (bodyChanged) {
            mentions.replace(article, mentions.analyse(List.of(article.body)).get(0));
        }
        return article;
    }

    private List<Article> store(List<Article> drafts) {
        Map<String, Article> byUrl = storedByUrl(drafts);
        Map<Article, Boolean> toRead = new LinkedHashMap<>(); // article -> is it new?
        List<Article> results = new ArrayList<>(drafts.size());
        for (Article draft : drafts) {
            Article existing = draft.url == null ? null : byUrl.get(draft.url);
            if (existing == null) {
                draft.persist();
                toRead.put(draft, true);
                if (draft.url != null) {
                    byUrl.put(draft.url, draft);
                }
                results.add(draft);
                continue;
            }
            if (!sameContent(existing, draft)) {
                boolean bodyChanged = !existing.body.equals(draft.body);
                copyContent(draft, existing);
                if (bodyChanged) {
                    toRead.putIfAbsent(existing, false);
                }
            }
            results.add(existing);
        }
        List<Article> articles = new ArrayList<>(toRead.keySet());
        List<List<LinkedMention>> linked = mentions.analyse(articles.stream().map(a -> a.body).toList());
        for (int i = 0; i < articles.size(); i++) {
            if (toRead.get(articles.get(i))) {
                mentions.store(articles.get(i), linked.get(i));
            } else {
                mentions.replace(articles.get(i), linked.get(i));
            }
        }
        return results;
    }

    private static Map<String, Article> storedByUrl(List<Article> drafts) {
        List<String> urls = drafts.stream().map(a -> a.url).filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, Article> stored = new HashMap<>();
        if (!urls.isEmpty()) {
            Article.<Article> list("url in ?1", urls).forEach(a -> stored.put(a.url, a));
        }
        return stored;
    }

    private static boolean sameContent(Article a, Article b) {
        return a.title.equals(b.title) && a.body.equals(b.body) && java.util.Objects.equals(a.author, b.author)
                && java.util.Objects.equals(a.language, b.language) && sameInstant(a.publishedAt, b.publishedAt);
    }

    private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.toInstant().truncatedTo(ChronoUnit.MICROS).equals(b.toInstant().truncatedTo(ChronoUnit.MICROS));
    }

    private static void copyContent(Article from, Article to) {
        to.title = from.title;
        to.body = from.body;
        to.author = from.author;
        to.url = from.url;
        to.publishedAt = from.publishedAt;
        to.language = from.language;
    }

    /** A new, unsaved article from checked input; errors name the field under {@code prefix}. */
    private static Article checked(String prefix, ArticleInput input) {
        if (input == null) {
            throw ApiException.badInput(prefix, "must not be null");
        }
        Article article = new Article();
        article.title = Inputs.requiredLine(prefix + ".title", input.title, Article.MAX_TITLE_LENGTH);
        article.body = Inputs.requiredText(prefix + ".body", input.body, Article.MAX_BODY_BYTES);
        article.author = Inputs.optionalLine(prefix + ".author", input.author, Article.MAX_AUTHOR_LENGTH);
        article.url = checkedUrl(prefix + ".url", input.url);
        article.publishedAt = checkedDate(prefix + ".publishedAt", input.publishedAt);
        article.language = checkedLanguage(prefix + ".language", input.language);
        return article;
    }

    /** News is not older than print, nor dated more than a year ahead (embargoes are shorter). */
    private static OffsetDateTime checkedDate(String field, OffsetDateTime date) {
        if (date != null && (date.getYear() < 1800 || date.isAfter(OffsetDateTime.now().plusYears(1)))) {
            throw ApiException.badInput(field, "must be between the year 1800 and a year from now");
        }
        return date;
    }

    private static String checkedUrl(String field, String value) {
        String url = Inputs.optionalLine(field, value, Article.MAX_URL_LENGTH);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
                throw ApiException.badInput(field, "must be an absolute http or https address");
            }
            return url;
        } catch (URISyntaxException e) {
            throw ApiException.badInput(field, "is not a valid address");
        }
    }

    private static String checkedLanguage(String field, String value) {
        String language = Inputs.optionalLine(field, value, 35);
        if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
            throw ApiException.badInput(field, "must be a BCP 47 language tag such as en or pt-BR");
        }
        return language;
    }

    /** Articles newest first; with {@code personId}, only those that mention that person. */
    public Page<Article> list(Long personId, PageRequest request) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (personId != null) {
            Person person = people.find(personId); // the id of someone merged away stands for whom they were merged into
            if (person == null) {
                throw ApiException.notFound("Person", personId);
            }
            personId = person.id;
            where.append(" and exists (from Mention m where m.article = a and m.personId = :personId and m.status in :linking)");
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

    /** The distinct people each article is linked to, in name order. */
    public Map<Long, List<Person>> peopleOf(Collection<Long> articleIds) {
        List<Object[]> rows = entityManager.createQuery("""
                select distinct m.articleId, p from Mention m, Person p
                where p.id = m.personId and m.articleId in :articles and m.status in :linking
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

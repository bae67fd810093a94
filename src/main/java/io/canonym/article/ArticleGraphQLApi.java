package io.canonym.article;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.canonym.common.Inputs;
import io.canonym.common.Page;
import io.canonym.common.PageRequest;
import io.canonym.mention.Mention;
import io.canonym.mention.MentionService;
import io.canonym.person.Person;

@GraphQLApi
public class ArticleGraphQLApi {

    @Inject
    ArticleService articles;

    @Inject
    MentionService mentions;

    @Query
    @Description("An article by id; null when there is none.")
    public Article article(@NonNull @Id String id) {
        return articles.find(Inputs.id("id", id));
    }

    @Query
    @Description("Articles, newest first; with `personId`, only those that mention that person.")
    public @NonNull ArticleConnection articles(@Id String personId, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        Long person = personId == null ? null : Inputs.id("personId", personId);
        return ArticleConnection.of(articles.list(person, request), after != null);
    }

    @Mutation
    @Description("Stores an article and the people it names (its mentions), in one transaction. An article with the url "
            + "of a stored one is not stored again: unchanged, the stored one is returned; changed, it is updated, and a "
            + "changed body is read again for names (editors' decisions on spellings it still has are kept).")
    public @NonNull Article createArticle(@NonNull ArticleInput input) {
        return articles.create(input);
    }

    @Mutation
    @Description("Stores 1 to 100 articles as createArticle does, in one transaction: all of them, or none when one is "
            + "invalid. The articles come back in input order.")
    public @NonNull List<@NonNull Article> createArticles(@NonNull List<@NonNull ArticleInput> input) {
        return articles.createAll(input);
    }

    @Mutation
    @Description("Replaces an article's fields. A changed body is read again for names; editors' decisions on "
            + "spellings it still has are kept.")
    public @NonNull Article updateArticle(@NonNull @Id String id, @NonNull ArticleInput input) {
        return articles.update(Inputs.id("id", id), input);
    }

    @Description("The spans of the body that name people, in text order.")
    public List<@NonNull List<@NonNull Mention>> mentions(@Source List<Article> batch) {
        Map<Long, List<Mention>> byArticle = mentions.mentionsOf(ids(batch));
        return batch.stream().map(a -> byArticle.getOrDefault(a.id, List.of())).toList();
    }

    @Description("The distinct people the article is linked to, in name order.")
    public List<@NonNull List<@NonNull Person>> people(@Source List<Article> batch) {
        Map<Long, List<Person>> byArticle = articles.peopleOf(ids(batch));
        return batch.stream().map(a -> byArticle.getOrDefault(a.id, List.of())).toList();
    }

    @Name("articles")
    @Description("Articles that mention the person, newest first.")
    public List<@NonNull ArticleConnection> articlesMentioning(@Source List<Person> people, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        Map<Long, Page<Article>> pages = articles.articlesOf(people.stream().map(p -> p.id).toList(), request);
        return people.stream().map(p -> ArticleConnection.of(pages.getOrDefault(p.id, Page.empty()), after != null)).toList();
    }

    private static List<Long> ids(List<Article> batch) {
        return batch.stream().map(a -> a.id).toList();
    }
}

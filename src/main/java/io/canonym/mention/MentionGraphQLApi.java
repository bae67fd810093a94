package io.canonym.mention;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.canonym.article.Article;
import io.canonym.common.Inputs;
import io.canonym.person.Person;

@GraphQLApi
public class MentionGraphQLApi {

    @Inject
    MentionService mentions;

    @Query
    @Description("A mention by id; null when there is none.")
    public Mention mention(@NonNull @Id String id) {
        return mentions.find(Inputs.id("id", id));
    }

    @Description("The person the mention is linked to (LINKED or CONFIRMED; for REJECTED, the person it is not).")
    public List<Person> person(@Source List<Mention> batch) {
        Map<Long, Person> people = mentions.people(batch.stream().filter(m -> m.personId != null).map(m -> m.personId).toList());
        return batch.stream().map(m -> m.personId == null ? null : people.get(m.personId)).toList();
    }

    @Description("The people the mention may refer to, best first, as Canonym ranked them.")
    public List<@NonNull List<@NonNull MentionCandidate>> candidates(@Source List<Mention> batch) {
        Map<Long, List<MentionCandidate>> byMention = mentions.candidatesOf(batch.stream().map(m -> m.id).toList());
        return batch.stream().map(m -> byMention.getOrDefault(m.id, List.of())).toList();
    }

    @Description("The article the mention is in.")
    public List<@NonNull Article> article(@Source List<Mention> batch) {
        Map<Long, Article> articles = mentions.articles(batch.stream().map(m -> m.articleId).toList());
        return batch.stream().map(m -> articles.get(m.articleId)).toList();
    }

    @Name("person")
    @Description("The candidate person.")
    public List<@NonNull Person> candidatePerson(@Source List<MentionCandidate> batch) {
        Map<Long, Person> people = mentions.people(batch.stream().map(c -> c.personId).toList());
        return batch.stream().map(c -> people.get(c.personId)).toList();
    }
}

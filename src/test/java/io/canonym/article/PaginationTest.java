package io.canonym.article;

import static io.canonym.support.GraphQL.graphql;
import static io.canonym.support.GraphQL.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.canonym.mention.MentionStatus;
import io.canonym.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Relay pagination over a person's articles, newest first; each test makes its own person to page over. */
@QuarkusTest
class PaginationTest {

    static final String PAGE = """
            query($person: ID, $first: Int, $after: String) {
              articles(personId: $person, first: $first, after: $after) {
                totalCount
                edges { cursor node { id title } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Inject
    TestData data;

    /** A new person mentioned by {@code count} articles published a day apart; returns their ids newest first. */
    List<String> personWithArticles(String[] personId, int count) {
        personId[0] = graphql("mutation($n: String!) { createPerson(input: {name: $n}) { id } }", Map.of("n", unique("Person ")))
                .extract().path("data.createPerson.id");
        List<String> ids = new ArrayList<>();
        OffsetDateTime day = OffsetDateTime.of(2025, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            long article = data.article("Article " + i, "Kim Jong-un spoke.", day.plusDays(i));
            data.mention(article, "Kim Jong-un", Long.valueOf(personId[0]), MentionStatus.LINKED);
            ids.add(Long.toString(article));
        }
        Collections.reverse(ids);
        return ids;
    }

    Map<String, Object> vars(String person, Integer first, String after) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("person", person);
        vars.put("first", first);
        vars.put("after", after);
        return vars;
    }

    @Test
    void pagesThroughEveryArticleNewestFirstWithoutGapsOrRepeats() {
        String[] person = new String[1];
        List<String> expected = personWithArticles(person, 7);

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            var page = graphql(PAGE, vars(person[0], 3, after)).body("errors", nullValue())
                    .body("data.articles.totalCount", equalTo(7)).extract();
            seen.addAll(page.path("data.articles.edges.node.id"));
            hasNext = page.path("data.articles.pageInfo.hasNextPage");
            after = page.path("data.articles.pageInfo.endCursor");
            pages++;
        }
        assertEquals(expected, seen);
        assertEquals(3, pages);
    }

    @Test
    void lastPageSaysNoNextPage() {
        String[] person = new String[1];
        List<String> expected = personWithArticles(person, 5);
        String after = graphql(PAGE, vars(person[0], 3, null)).extract().path("data.articles.pageInfo.endCursor");

        graphql(PAGE, vars(person[0], 3, after))
                .body("data.articles.edges.node.id", contains(expected.get(3), expected.get(4)))
                .body("data.articles.pageInfo.hasNextPage", equalTo(false))
                .body("data.articles.pageInfo.hasPreviousPage", equalTo(true));
    }

    @Test
    void exactlyOnePageHasNoNextPage() {
        String[] person = new String[1];
        List<String> expected = personWithArticles(person, 4);

        graphql(PAGE, vars(person[0], 4, null))
                .body("data.articles.edges.node.id", equalTo(expected))
                .body("data.articles.pageInfo.hasNextPage", equalTo(false))
                .body("data.articles.pageInfo.hasPreviousPage", equalTo(false))
                .body("data.articles.pageInfo.startCursor", equalTo(
                        graphql(PAGE, vars(person[0], 4, null)).extract().path("data.articles.edges[0].cursor")));
    }

    @Test
    void emptyListHasNoEdgesAndNoCursors() {
        String[] person = new String[1];
        personWithArticles(person, 0);

        graphql(PAGE, vars(person[0], 10, null))
                .body("errors", nullValue())
                .body("data.articles.totalCount", equalTo(0))
                .body("data.articles.edges", hasSize(0))
                .body("data.articles.pageInfo.hasNextPage", equalTo(false))
                .body("data.articles.pageInfo.startCursor", nullValue())
                .body("data.articles.pageInfo.endCursor", nullValue());
    }

    @Test
    void firstZeroGivesNoEdgesButTellsWhetherThereAreAny() {
        String[] person = new String[1];
        personWithArticles(person, 2);

        graphql(PAGE, vars(person[0], 0, null))
                .body("data.articles.edges", hasSize(0))
                .body("data.articles.totalCount", equalTo(2))
                .body("data.articles.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void defaultsToTwentyAndCapsAtOneHundred() {
        String[] person = new String[1];
        personWithArticles(person, 101);

        graphql(PAGE, vars(person[0], null, null)).body("data.articles.edges", hasSize(20));
        graphql(PAGE, vars(person[0], 5000, null))
                .body("data.articles.edges", hasSize(100))
                .body("data.articles.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void rejectsMalformedCursorAsBadUserInput() {
        graphql(PAGE, vars(null, 3, "not-a-cursor!"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("after"));
    }

    @Test
    void rejectsCursorOfAnotherList() {
        String personCursor = graphql("{ people(first: 1) { pageInfo { endCursor } } }")
                .body("data.people.pageInfo.endCursor", notNullValue())
                .extract().path("data.people.pageInfo.endCursor");

        graphql(PAGE, vars(null, 3, personCursor))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("after"));
    }

    @Test
    void rejectsNegativePageSize() {
        graphql(PAGE, vars(null, -1, null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("first"));
    }

    @Test
    void pagesThroughPeopleOfASearch() {
        String token = unique("pager");
        for (String given : List.of("Anna", "Boris", "Chen", "Dana", "Emil")) {
            graphql("mutation($n: String!) { createPerson(input: {name: $n}) { id } }", Map.of("n", given + " " + token));
        }
        String query = "query($s: String, $after: String) { people(search: $s, first: 2, after: $after) "
                + "{ totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }";
        List<String> names = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> vars = new HashMap<>();
            vars.put("s", token);
            vars.put("after", after);
            var page = graphql(query, vars).body("data.people.totalCount", equalTo(5)).extract();
            names.addAll(page.path("data.people.edges.node.name"));
            after = page.<Boolean> path("data.people.pageInfo.hasNextPage") ? page.path("data.people.pageInfo.endCursor") : null;
        } while (after != null);
        // Equally good matches may come in any order, but each exactly once.
        assertEquals(Set.of("Anna " + token, "Boris " + token, "Chen " + token, "Dana " + token, "Emil " + token),
                Set.copyOf(names));
        assertEquals(5, names.size());
    }
}

package io.canonym.article;

import static io.canonym.support.GraphQL.graphql;
import static io.canonym.support.GraphQL.unique;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.canonym.mention.MentionStatus;
import io.canonym.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Nested fields are loaded per batch, not per row: the number of SQL statements does not grow with the page. */
@QuarkusTest
class BatchingTest {

    static final String ARTICLES_WITH_PEOPLE = """
            query($person: ID, $first: Int) {
              articles(personId: $person, first: $first) {
                totalCount
                edges { node { id title mentions { id text start end } people { id name variants { spelling }
                                                              articles(first: 2) { totalCount edges { node { id } } } } } }
              }
            }""";

    @Inject
    TestData data;
    @Inject
    SessionFactory sessionFactory;
    @Inject
    io.canonym.mention.LateLinker lateLinker;

    @Test
    void loadsTwentyArticlesWithTheirPeopleInAFixedNumberOfStatements() throws InterruptedException {
        String anchor = newPerson("Kim Jong Un");
        for (int i = 0; i < 20; i++) {
            long article = data.article("Summit " + i, "Kim Jong-un met Sergei Shuigu and Voldimi Zelensky.",
                    OffsetDateTime.now().minusMinutes(i));
            data.mention(article, "Kim Jong-un", Long.valueOf(anchor), MentionStatus.LINKED);
            data.mention(article, "Sergei Shuigu", Long.valueOf(newPerson("Sergei Shoigu")), MentionStatus.CONFIRMED);
            data.mention(article, "Voldimi Zelensky", null, MentionStatus.UNRESOLVED);
        }

        // New people set off late linking in the background; its statements must not be counted here.
        assertTrue(lateLinker.awaitIdle(java.time.Duration.ofSeconds(30)));
        long forFive = statementsFor(anchor, 5);
        long forTwenty = statementsFor(anchor, 20);

        assertEquals(forFive, forTwenty, "statements must not grow with the page size");
        // person check + count + page + mentions + people + variants + (counts, ranked ids, articles) of the people
        assertTrue(forTwenty <= 9, "expected at most 9 statements, got " + forTwenty);
    }

    private long statementsFor(String personId, int first) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        graphql(ARTICLES_WITH_PEOPLE, Map.of("person", personId, "first", first))
                .body("errors", nullValue())
                .body("data.articles.edges", hasSize(first))
                .body("data.articles.edges.node.mentions", everyItem(hasSize(3)))
                .body("data.articles.edges.node.people", everyItem(hasSize(2)));
        return sessionFactory.getStatistics().getPrepareStatementCount() - before;
    }

    private static String newPerson(String name) {
        return graphql("mutation($n: String!) { createPerson(input: {name: $n}) { id } }", Map.of("n", name + " " + unique("")))
                .extract().path("data.createPerson.id");
    }
}

package io.canonym.article;

import static io.canonym.support.GraphQL.graphql;
import static io.canonym.support.GraphQL.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.canonym.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleApiTest {

    static final String CREATE = """
            mutation($input: ArticleInput!) {
              createArticle(input: $input) { id title body author url publishedAt language mentions { id } people { id } }
            }""";

    @Inject
    TestData data;

    static Map<String, Object> article(String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("body", "Sergei Shuigu met Kim Jong-un in Pyongyang.");
        input.put("author", "Lauren Walker");
        input.put("url", "https://example.com/news/" + unique("a"));
        input.put("publishedAt", "2025-06-18T09:00:00Z");
        input.put("language", "en");
        return input;
    }

    @Test
    void createsArticleAndReadsItBack() {
        Map<String, Object> input = article("Kim meets Shoigu");
        String id = graphql(CREATE, Map.of("input", input))
                .body("errors", nullValue())
                .body("data.createArticle.title", equalTo("Kim meets Shoigu"))
                .body("data.createArticle.author", equalTo("Lauren Walker"))
                .body("data.createArticle.publishedAt", equalTo("2025-06-18T09:00:00Z"))
                .body("data.createArticle.language", equalTo("en"))
                .extract().path("data.createArticle.id");

        graphql("query($id: ID!) { article(id: $id) { id title body url } }", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.article.body", equalTo(input.get("body")))
                .body("data.article.url", equalTo(input.get("url")));
    }

    @Test
    void keepsUnicodeBodyExactly() {
        Map<String, Object> input = article("Шойгу в Пхеньяне");
        input.put("body", "Сергей Шойгу 🇷🇺 встретился с 김정은.\nSecond line\twith a tab.");
        graphql(CREATE, Map.of("input", input))
                .body("data.createArticle.body", equalTo(input.get("body")));
    }

    @Test
    void storesArticleWithSameUrlOnlyOnce() {
        Map<String, Object> input = article("Once");
        String first = graphql(CREATE, Map.of("input", input)).extract().path("data.createArticle.id");
        long before = data.count(Article.class);

        String second = graphql(CREATE, Map.of("input", input)).body("errors", nullValue())
                .extract().path("data.createArticle.id");

        assertEquals(first, second);
        assertEquals(before, data.count(Article.class));
    }

    @Test
    void rejectsMalformedPublicationDateAndWritesNothing() {
        long before = data.count(Article.class);
        Map<String, Object> input = article("Bad date");
        input.put("publishedAt", "yesterday at noon");

        graphql(CREATE, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));

        assertEquals(before, data.count(Article.class));
    }

    @Test
    void rejectsBodyOverOneMebibyteAndWritesNothing() {
        long before = data.count(Article.class);
        Map<String, Object> input = article("Huge");
        String word = "Шойгу "; // 11 bytes of UTF-8 in 6 characters: under the limit in characters, over it in bytes
        input.put("body", word.repeat(Article.MAX_BODY_BYTES / 11 + 1));

        graphql(CREATE, Map.of("input", input))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.body"));

        assertEquals(before, data.count(Article.class));
    }

    @Test
    void acceptsBodyJustUnderTheLimit() {
        Map<String, Object> input = article("Long");
        input.put("body", "a".repeat(Article.MAX_BODY_BYTES));
        graphql(CREATE, Map.of("input", input)).body("errors", nullValue()).body("data.createArticle.id", notNullValue());
    }

    @Test
    void rejectsEmptyTitleEmptyBodyAndControlCharacters() {
        Map<String, Object> input = article("");
        graphql(CREATE, Map.of("input", input)).body("errors[0].extensions.field", equalTo("input.title"));
        input = article("Fine");
        input.put("body", " \n ");
        graphql(CREATE, Map.of("input", input)).body("errors[0].extensions.field", equalTo("input.body"));
        input = article("Fine");
        input.put("body", "Text with a bell \u0007 in it");
        graphql(CREATE, Map.of("input", input)).body("errors[0].extensions.field", equalTo("input.body"));
        input = article("x".repeat(Article.MAX_TITLE_LENGTH + 1));
        graphql(CREATE, Map.of("input", input)).body("errors[0].extensions.field", equalTo("input.title"));
    }

    @Test
    void rejectsUrlThatIsNotHttpAndBadLanguageTag() {
        Map<String, Object> input = article("Bad url");
        input.put("url", "javascript:alert(1)");
        graphql(CREATE, Map.of("input", input))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.url"));
        input = article("Bad language");
        input.put("language", "english please");
        graphql(CREATE, Map.of("input", input)).body("errors[0].extensions.field", equalTo("input.language"));
    }

    @Test
    void reportsUnknownPersonFilterAsNotFound() {
        graphql("{ articles(personId: \"987654321\") { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void answersNullForUnknownArticle() {
        graphql("{ article(id: \"987654321\") { id } }").body("errors", nullValue()).body("data.article", nullValue());
    }
}

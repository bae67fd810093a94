package io.canonym.mention;

import static io.canonym.support.GraphQL.graphql;
import static io.canonym.support.GraphQL.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.canonym.article.Article;
import io.canonym.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue #4 through the GraphQL contract: articles are read for the people they name when they are stored, against
 * the real database and the name index it feeds.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentionLinkingApiTest {

    static final String MENTION_FIELDS = "id text start end status score explanation person { id name } "
            + "candidates { person { id } score } article { id }";
    static final String CREATE = """
            mutation($input: ArticleInput!) {
              createArticle(input: $input) { id body people { id } mentions { %s } }
            }""".formatted(MENTION_FIELDS);
    static final String CREATE_MANY = """
            mutation($input: [ArticleInput!]!) {
              createArticles(input: $input) { id title mentions { text status person { id } } }
            }""";
    static final String ARTICLE = "query($id: ID!) { article(id: $id) { id body people { id } mentions { %s } } }"
            .formatted(MENTION_FIELDS);

    @Inject
    TestData data;
    @Inject
    EntityManager entityManager;

    String kimJongUn;
    String shoigu;
    String zelenskyy;

    @BeforeEach
    void onlyTheSeedArticlesPeopleAreKnown() throws InterruptedException {
        if (kimJongUn != null) {
            return;
        }
        // Whether a name links depends on who else is known: start from the cast alone.
        data.deleteEverything();
        data.awaitEmptyNameIndex(java.time.Duration.ofSeconds(5));
        kimJongUn = person("Kim Jong-un", null);
        shoigu = person("Sergei Shoigu", null);
        zelenskyy = person("Volodymyr Zelenskyy", null);
    }

    static String person(String name, String description) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("description", description);
        return graphql("mutation($i: PersonInput!) { createPerson(input: $i) { id } }", Map.of("i", input))
                .body("errors", nullValue()).extract().path("data.createPerson.id");
    }

    static Map<String, Object> article(String title, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("body", body);
        input.put("url", "https://news.example.org/" + unique("a"));
        return input;
    }

    static Map<String, Object> create(Map<String, Object> input) {
        return graphql(CREATE, Map.of("input", input)).body("errors", nullValue())
                .extract().path("data.createArticle");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> mentions(Map<String, Object> article) {
        return (List<Map<String, Object>>) article.get("mentions");
    }

    static Map<String, Object> mention(Map<String, Object> article, String text) {
        return mentions(article).stream().filter(m -> text.equals(m.get("text"))).findFirst()
                .orElseThrow(() -> new AssertionError("no mention \"" + text + "\" in " + mentions(article)));
    }

    @SuppressWarnings("unchecked")
    static String personOf(Map<String, Object> mention) {
        Map<String, Object> person = (Map<String, Object>) mention.get("person");
        return person == null ? null : (String) person.get("id");
    }

    static String seedArticle() throws IOException {
        try (InputStream in = MentionLinkingApiTest.class.getResourceAsStream("/demo/articles/article-kim-shoigu.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void linksTheSeedArticlesPeopleAndLeavesTheUnknownOnesUnresolved() throws IOException {
        Map<String, Object> article = create(article("North Korea doubles its support", seedArticle()));

        assertEquals(kimJongUn, personOf(mention(article, "Kim Jong-un")));
        assertEquals(shoigu, personOf(mention(article, "Sergei Shuigu")));
        assertEquals(zelenskyy, personOf(mention(article, "Voldimi Zelensky")));
        assertEquals("LINKED", mention(article, "Voldimi Zelensky").get("status"));
        assertEquals("UNRESOLVED", mention(article, "Cho Ha-ion").get("status"));
        assertEquals("UNRESOLVED", mention(article, "lauren Walker").get("status"));
        assertEquals(kimJongUn, personOf(mention(article, "Kim")), "the later \"Kim\" is the Kim named in full");
        @SuppressWarnings("unchecked")
        Set<String> people = ((List<Map<String, String>>) article.get("people")).stream().map(p -> p.get("id"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(kimJongUn, shoigu, zelenskyy), people);
    }

    @Test
    void noPlaceOrOrganisationOfTheSeedArticleBecomesAMention() throws IOException {
        Map<String, Object> article = create(article("North Korea doubles its support", seedArticle()));
        for (Map<String, Object> m : mentions(article)) {
            String text = (String) m.get("text");
            for (String notAPerson : List.of("KCNA", "Korea", "Central News Agency", "Pyongyang", "Kursk", "Russia",
                    "Moscow", "Ukraine", "UN", "US", "Japan", "April", "August", "Wednesday")) {
                assertTrue(!text.contains(notAPerson), "\"" + text + "\" should not be a mention");
            }
        }
    }

    @Test
    void mentionOffsetsPointIntoTheBodyInUtf16CodeUnits() {
        String body = "🇰🇵 Report 👀: Sergei Shoigu met Kim Jong-un. «Shoigu» smiled.";
        Map<String, Object> article = create(article("Offsets", body));
        assertTrue(mentions(article).size() >= 2, mentions(article).toString());
        for (Map<String, Object> m : mentions(article)) {
            int start = (Integer) m.get("start");
            int end = (Integer) m.get("end");
            assertEquals(m.get("text"), body.substring(start, end));
        }
        assertEquals(shoigu, personOf(mention(article, "Shoigu")));
    }

    @Test
    void everyMentionSaysWhereItIsAndWhy() throws IOException {
        Map<String, Object> article = create(article("Seed", seedArticle()));
        for (Map<String, Object> m : mentions(article)) {
            assertNotEquals(List.of(), m.get("explanation"), m.toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> of = (Map<String, Object>) m.get("article");
            assertEquals(article.get("id"), of.get("id"));
        }
        Map<String, Object> shuigu = mention(article, "Sergei Shuigu");
        assertTrue(((Number) shuigu.get("score")).doubleValue() > 0.7, shuigu.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> candidates = (List<Map<String, Object>>) shuigu.get("candidates");
        assertEquals(shoigu, ((Map<?, ?>) candidates.get(0).get("person")).get("id"));
    }

    @Test
    void aLinkedPersonListsTheArticleHoweverTheNameWasSpelled() throws IOException {
        String id = (String) create(article("Seed", seedArticle())).get("id");
        graphql("query($p: ID!) { articles(personId: $p, first: 100) { edges { node { id } } } }", Map.of("p", shoigu))
                .body("errors", nullValue())
                .body("data.articles.edges.node.id", org.hamcrest.Matchers.hasItem(id));
        graphql("query($p: ID!) { person(id: $p) { articles(first: 100) { edges { node { id } } } } }", Map.of("p", zelenskyy))
                .body("errors", nullValue())
                .body("data.person.articles.edges.node.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void namesInOtherScriptsAndInLowerCaseAreFoundAndLinked() {
        Map<String, Object> russian = create(article("Визит", "Секретарь Совбеза Сергей Шойгу прибыл в Пхеньян."));
        assertEquals(shoigu, personOf(mention(russian, "Сергей Шойгу")));
        Map<String, Object> lower = create(article("lower", "talks between sergei shoigu and officials ended late."));
        assertEquals(shoigu, personOf(mention(lower, "sergei shoigu")));
    }

    @Test
    void namesWithParticlesAndGivenNameRepeatsAreLinkedAndDaysAndPlacesAreNot() {
        String mbs = person("Mohammed bin Salman", null);
        String ursula = person("Ursula von der Leyen", null);
        Map<String, Object> article = create(article("Particles", "Saudi Crown Prince Mohammed bin Salman received "
                + "Ursula von der Leyen in Riyadh on Monday, as agreed in March. Ursula said the talks with the European "
                + "Commission's partners were useful."));
        assertEquals(mbs, personOf(mention(article, "Mohammed bin Salman")));
        assertEquals(ursula, personOf(mention(article, "Ursula von der Leyen")));
        assertEquals(ursula, personOf(mention(article, "Ursula")), "a given-name repeat follows the full name");
        for (Map<String, Object> m : mentions(article)) {
            for (String notAPerson : List.of("Saudi", "Riyadh", "Monday", "March", "European", "Commission")) {
                assertTrue(!((String) m.get("text")).contains(notAPerson), m.get("text") + " should not be a mention");
            }
        }
    }

    @Test
    void declinedNamesRegisterEntriesAndSuffixedNamesAreLinkedWithTheirWholeSpan() {
        String erdogan = person("Recep Tayyip Erdoğan", null);
        graphql("mutation($id: ID!) { addVariant(personId: $id, spelling: \"Tayyip Erdoğan\") { id } }", Map.of("id", erdogan))
                .body("errors", nullValue());
        String russian = "Секретарь Совбеза встретился с Сергеем Шойгу. Позже Шойгу уехал.";
        assertEquals(shoigu, personOf(mention(create(article("Шойгу", russian)), "Сергеем Шойгу")));
        Map<String, Object> polish = create(article("Zełenski",
                "Premier rozmawiał w środę z prezydentem Wołodymyrem Zełenskim o granicy."));
        Map<String, Object> declined = mention(polish, "Wołodymyrem Zełenskim");
        assertEquals(zelenskyy, personOf(declined));
        assertTrue(declined.get("explanation").toString().contains("nominative"), declined.get("explanation").toString());
        Map<String, Object> list = create(article("Speakers", "Order of speakers:\n- Erdoğan, Recep Tayyip (Türkiye)\n"
                + "- Zelenskyy, Volodymyr (Ukraine)"));
        assertEquals(erdogan, personOf(mention(list, "Erdoğan, Recep Tayyip")));
        Map<String, Object> turkish = create(article("Görüşme",
                "Cumhurbaşkanı Recep Tayyip Erdoğan, Zelenskyy'ye teşekkür etti. Erdoğan'ın açıklaması kısa oldu."));
        assertEquals(zelenskyy, personOf(mention(turkish, "Zelenskyy")));
        Map<String, Object> lowerGiven = create(article("MT", "Security Council secretary sergei Shoigu declared the talks useful."));
        assertEquals(shoigu, personOf(mention(lowerGiven, "sergei Shoigu")));
    }

    @Test
    void namesInOtherScriptsInCapitalsAndInHungarianCasesAreLinkedToPeopleStoredInLatinLetters() {
        String haverford = person("Daniel Haverford", null);
        // Hebrew, with no title: "Daniel Haverford arrived in Jerusalem yesterday."
        Map<String, Object> hebrew = create(article("Hebrew", "דניאל האברפורד הגיע אתמול לירושלים."));
        assertEquals(haverford, personOf(mention(hebrew, "דניאל האברפורד")));
        // Chinese, unspaced, no title: "Yesterday Pak Chol-su met the delegation." (stored in Latin and Hangul only)
        String pak = person("Pak Chol-su", null);
        graphql("mutation($id: ID!) { addVariant(personId: $id, spelling: \"박철수\") { id } }", Map.of("id", pak))
                .body("errors", nullValue());
        Map<String, Object> chinese = create(article("Chinese", "昨天朴哲洙会见了代表团。"));
        assertEquals(pak, personOf(mention(chinese, "朴哲洙")));
        Map<String, Object> capitals = create(article("Communiqué",
                "Secretary Sergei SHOIGU held talks in Pyongyang. SHOIGU conveyed greetings."));
        assertEquals(shoigu, personOf(mention(capitals, "Sergei SHOIGU")));
        assertEquals(shoigu, personOf(mention(capitals, "SHOIGU")));
        Map<String, Object> hungarian = create(article("Hungarian",
                "A miniszter hétfőn tárgyalt Volodimir Zelenszkijjel, aki köszönetet mondott."));
        assertEquals(zelenskyy, personOf(mention(hungarian, "Volodimir Zelenszkijjel")));
        Map<String, Object> garbled = create(article("MT", "Secretary of security council sergei Shuigu was say that talks go."));
        assertEquals(shoigu, personOf(mention(garbled, "sergei Shuigu")));
    }

    @Test
    void aRelativeSharingTheSurnameIsNotLinkedToTheFamousPerson() {
        Map<String, Object> article = create(article("Family",
                "Ukrainian President Volodymyr Zelenskyy and his wife Olena Zelenska visited Lviv. "
                        + "Kim Jong-un arrived with his sister Kim Yo-jong. Kim waved."));
        assertEquals(zelenskyy, personOf(mention(article, "Volodymyr Zelenskyy")));
        assertEquals(null, personOf(mention(article, "Olena Zelenska")));
        assertEquals(null, personOf(mention(article, "Kim Yo-jong")));
        assertEquals("NEEDS_REVIEW", mention(article, "Kim").get("status"), "two people named Kim are in the article");
    }

    @Test
    void storingTheSameArticleTwiceStoresItOnce() {
        Map<String, Object> input = article("Twice", "Sergei Shoigu met officials in Pyongyang on Tuesday.");
        Map<String, Object> first = create(input);
        long mentions = data.count(Mention.class);
        Map<String, Object> second = create(input);
        assertEquals(first.get("id"), second.get("id"));
        assertEquals(mentions, data.count(Mention.class));
        assertEquals(mentions(first).get(0).get("id"), mentions(second).get(0).get("id"), "the stored mentions are kept");
    }

    @Test
    void aChangedBodyIsReadAgainAndKeepsEditorsDecisions() {
        Map<String, Object> input = article("Changing", "Sergei Shoigu met Cho Ha-ion in Pyongyang.");
        Map<String, Object> first = create(input);
        String choId = (String) mention(first, "Cho Ha-ion").get("id");
        confirm(Long.parseLong(choId), Long.parseLong(kimJongUn)); // an editor's (odd) decision, to see it survive

        input.put("body", "Updated: Cho Ha-ion spoke after Volodymyr Zelenskyy called.");
        Map<String, Object> second = create(input);
        assertEquals(first.get("id"), second.get("id"));
        assertEquals(zelenskyy, personOf(mention(second, "Volodymyr Zelenskyy")));
        assertTrue(mentions(second).stream().noneMatch(m -> "Sergei Shoigu".equals(m.get("text"))), "the old name is gone");
        assertEquals("CONFIRMED", mention(second, "Cho Ha-ion").get("status"));
        assertEquals(kimJongUn, personOf(mention(second, "Cho Ha-ion")));

        Map<String, Object> updated = graphql("""
                mutation($id: ID!, $input: ArticleInput!) { updateArticle(id: $id, input: $input) { id mentions { text status } } }""",
                Map.of("id", first.get("id"), "input", Map.of("title", "Changing", "body", "Only Sergei Shoigu now.")))
                .body("errors", nullValue()).extract().path("data.updateArticle");
        assertEquals(List.of("Sergei Shoigu"), mentions(updated).stream().map(m -> m.get("text")).toList());
    }

    static void confirm(long mentionId, long personId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Mention mention = Mention.findById(mentionId);
            mention.status = MentionStatus.CONFIRMED;
            mention.personId = personId;
        });
    }

    /** A name word no other test uses, made of letters only (digits would not read as a name). */
    static String uniqueWord(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        for (long n = System.nanoTime(); n > 0; n /= 26) {
            word.append((char) ('a' + n % 26));
        }
        return word.toString();
    }

    @Test
    void createArticlesStoresABatchInInputOrder() {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            inputs.add(article("Batch " + i, "Security council chief Sergei Shoigu spoke on day " + i + "."));
        }
        List<Map<String, Object>> stored = graphql(CREATE_MANY, Map.of("input", inputs)).body("errors", nullValue())
                .extract().path("data.createArticles");
        assertEquals(12, stored.size());
        for (int i = 0; i < 12; i++) {
            assertEquals("Batch " + i, stored.get(i).get("title"));
            assertEquals(shoigu, personOf(mention(stored.get(i), "Sergei Shoigu")));
        }
    }

    @Test
    void aBatchWithOneBadArticleWritesNothing() {
        long before = data.count(Article.class);
        List<Map<String, Object>> inputs = new ArrayList<>();
        inputs.add(article("Good", "Sergei Shoigu spoke."));
        inputs.add(article("Bad", "   "));
        graphql(CREATE_MANY, Map.of("input", inputs))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input[1].body"));
        assertEquals(before, data.count(Article.class));
    }

    @Test
    void moreThanAHundredArticlesInOneCallAreRefused() {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            inputs.add(article("Many " + i, "Text " + i));
        }
        long before = data.count(Article.class);
        graphql(CREATE_MANY, Map.of("input", inputs)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(before, data.count(Article.class));
    }

    @Test
    void badArticlesAreRefusedAndNothingIsWritten() {
        long articles = data.count(Article.class);
        long mentions = data.count(Mention.class);
        Map<String, Object> controlChars = article("Control", "Sergei Shoigu\u0007 spoke.");
        Map<String, Object> huge = article("Huge", "Sergei Shoigu. " + "x".repeat(1024 * 1024));
        Map<String, Object> ancient = article("Old", "Sergei Shoigu spoke.");
        ancient.put("publishedAt", "1500-01-01T00:00:00Z");
        Map<String, Object> impossible = article("Impossible", "Sergei Shoigu spoke.");
        impossible.put("publishedAt", "2025-13-45T99:00:00Z");
        for (Map<String, Object> input : List.of(article("Empty", ""), controlChars, huge, ancient, impossible)) {
            graphql(CREATE, Map.of("input", input))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
        assertEquals(articles, data.count(Article.class));
        assertEquals(mentions, data.count(Mention.class));
    }

    @Test
    void anArticleStoredBeforeItsPersonExistedLinksOnceThePersonIsAdded() throws InterruptedException {
        String given = uniqueWord("Ingrid");
        String name = given + " Vasquez-Olmedo";
        Map<String, Object> article = create(article("Before", "Finance minister " + name + " resigned on Friday."));
        assertEquals("UNRESOLVED", mention(article, name).get("status"));

        String person = person(name, "Finance minister");
        Map<String, Object> later = awaitArticle((String) article.get("id"), a -> "LINKED".equals(mention(a, name).get("status")));
        assertEquals(person, personOf(mention(later, name)));
        graphql("query($p: ID!) { articles(personId: $p) { edges { node { id } } } }", Map.of("p", person))
                .body("data.articles.edges", hasSize(1))
                .body("data.articles.edges[0].node.id", equalTo(article.get("id")));
    }

    @Test
    void aSpellingTaughtLaterLinksTheMentionsThatWereWaitingForIt() throws InterruptedException {
        String known = person(uniqueWord("Mulugeta") + " Bekele", null);
        String alias = uniqueWord("Tsegaye") + " Alemu";
        Map<String, Object> article = create(article("Alias", "Commander " + alias + " gave orders."));
        assertEquals("UNRESOLVED", mention(article, alias).get("status"));

        graphql("mutation($p: ID!, $s: String!) { addVariant(personId: $p, spelling: $s) { id } }",
                Map.of("p", known, "s", alias)).body("errors", nullValue());
        Map<String, Object> later = awaitArticle((String) article.get("id"), a -> known.equals(personOf(mention(a, alias))));
        assertEquals("LINKED", mention(later, alias).get("status"));
    }

    private Map<String, Object> awaitArticle(String id, java.util.function.Predicate<Map<String, Object>> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        Supplier<Map<String, Object>> read = () -> graphql(ARTICLE, Map.of("id", id)).body("errors", nullValue())
                .extract().path("data.article");
        Map<String, Object> article = read.get();
        while (!done.test(article) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            article = read.get();
        }
        assertTrue(done.test(article), "not linked in time: " + mentions(article));
        return article;
    }

    @Test
    void anUnknownNameIsStillAMentionThatNamesNobody() {
        String name = uniqueWord("Pita") + " Fonoti";
        Map<String, Object> article = create(article("Unknown", "Opposition leader " + name + " spoke in Apia."));
        Map<String, Object> m = mention(article, name);
        assertEquals("UNRESOLVED", m.get("status"));
        assertEquals(null, m.get("person"));
        assertEquals(List.of(), m.get("candidates"));
        graphql("query($id: ID!) { mention(id: $id) { text status article { id } } }", Map.of("id", m.get("id")))
                .body("data.mention.text", equalTo(name))
                .body("data.mention.article.id", notNullValue());
    }
}

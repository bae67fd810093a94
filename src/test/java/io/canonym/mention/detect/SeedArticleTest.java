package io.canonym.mention.detect;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article the project started from: machine-translated news with garbled names, a byline full of
 * HTML entity debris, and places and an agency that must never become people.
 */
class SeedArticleTest {
    private static String body;
    private static List<DetectedName> names;

    @BeforeAll
    static void detect() throws IOException {
        // The seed lives outside the repository; the service's demo data carries the same article.
        Path shared = Path.of("..", "shared", "seed", "article-kim-shoigu.txt");
        body = Files.exists(shared) ? Files.readString(shared, StandardCharsets.UTF_8)
                : new String(SeedArticleTest.class.getResourceAsStream("/demo/articles/article-kim-shoigu.txt")
                .readAllBytes(), StandardCharsets.UTF_8);
        names = new MentionDetector().detect(body);
    }

    private static List<String> texts() {
        return names.stream().map(DetectedName::text).toList();
    }

    @Test
    void findsExactlyThePeopleOfTheArticleInTextOrder() {
        // "Francis" after "Pope" is a person too (see pope test below), so it is part of the exact list.
        assertEquals(List.of("lauren Walker", "Kim Jong-un", "Sergei Shuigu", "Kim", "Voldimi Zelensky", "Francis",
                "Cho Ha-ion"), texts());
    }

    @Test
    void everyOffsetPointsAtItsTextInTheBody() {
        for (DetectedName d : names) {
            assertEquals(d.text(), body.substring(d.start(), d.end()), d.toString());
        }
        assertEquals(body.indexOf("Kim Jong-un"), names.get(1).start());
        assertEquals(body.indexOf("Kim has repeatedly"), names.get(3).start());
    }

    @Test
    void bylineIsFoundThroughTheNbspDebris() {
        DetectedName author = names.get(0);
        assertEquals("lauren Walker", author.text());
        assertTrue(author.evidence().contains(Evidence.BYLINE));
        assertEquals(NameShape.FULL_NAME, author.shape());
    }

    @Test
    void laterKimIsASurnameRepeatGroupedWithKimJongUn() {
        DetectedName kim = names.get(3);
        assertEquals(NameShape.SURNAME_ONLY, kim.shape());
        assertEquals(1, kim.group());
        assertEquals("Kim Jong-un", names.get(kim.group()).text());
        assertFalse(kim.ambiguous());
    }

    @Test
    void titlesAndNationalitiesBeforeANameAreExposedAsRoles() {
        DetectedName shoigu = names.get(2);
        assertEquals(List.of("Russian", "security council chief"), shoigu.roles().stream().map(Role::text).toList());
        assertEquals(List.of("North Korean", "dictator"), names.get(1).roles().stream().map(Role::text).toList());
        assertEquals(List.of("Ukrainian"), names.get(4).roles().stream().map(Role::text).toList());
    }

    @Test
    void noPlaceAgencyDemonymOrHeadlineWordIsAPerson() {
        for (String notAPerson : List.of("KCNA", "South Korea", "Pyongyang", "Kursk", "Russia", "Ukraine", "Moscow",
                "UN", "US", "Japan", "AP", "North Korean", "North Korea", "Central News Agency", "According",
                "Speculation", "However", "Last", "See", "TAGGED", "Share", "Article", "Leave", "April", "August",
                "Wednesday", "Illegal", "Fake")) {
            for (DetectedName d : names) {
                assertFalse(d.text().contains(notAPerson), notAPerson + " found in " + d);
            }
        }
    }

    /**
     * Pope Francis is a person, so he is reported: as "Francis" with the title "Pope" as a role, like
     * "President Macron" gives "Macron". The service resolves a lone name together with its title.
     */
    @Test
    void popeFrancisIsAPersonReportedAsFrancisAfterTheTitlePope() {
        DetectedName francis = names.get(5);
        assertEquals("Francis", francis.text());
        assertEquals(NameShape.SINGLE_NAME, francis.shape());
        assertTrue(francis.evidence().contains(Evidence.AFTER_TITLE));
        assertEquals("Pope", francis.roles().get(0).text());
    }
}

package io.canonym.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class JaroWinklerTest {

    private static final JaroWinklerSimilarity REFERENCE = new JaroWinklerSimilarity();
    private static final String LETTERS = "aeioubcdkhszšжй";

    @Test
    void scoresTextbookPairsAsPublished() {
        assertEquals(0.961, JaroWinkler.similarity("martha", "marhta"), 0.001);
        assertEquals(0.840, JaroWinkler.similarity("dwayne", "duane"), 0.001);
        assertEquals(0.813, JaroWinkler.similarity("dixon", "dicksonx"), 0.001);
        assertEquals(0.0, JaroWinkler.similarity("abc", "xyz"));
        assertEquals(1.0, JaroWinkler.similarity("", ""));
        assertEquals(0.0, JaroWinkler.similarity("", "shoigu"));
    }

    @Test
    void agreesWithCommonsTextOnRandomSpellingsAndTheirGarbles() {
        Random random = new Random(20261128);
        for (int n = 0; n < 100_000; n++) {
            String a = word(random, random.nextInt(n % 10 == 0 ? 90 : 14));
            String b = random.nextInt(3) == 0 ? garble(random, a) : word(random, random.nextInt(14));
            assertEquals(REFERENCE.apply(a, b), JaroWinkler.similarity(a, b), 1e-12, a + " / " + b);
        }
    }

    @Test
    void aSimilarityFromAFloorIsExactFromThereAndBelowItUnderneath() {
        Random random = new Random(20261129);
        double[] floors = {0.0, 0.6, 0.7, 0.75, 0.8, 0.9, 0.97, 1.0};
        for (int n = 0; n < 200_000; n++) {
            String a = word(random, random.nextInt(n % 10 == 0 ? 90 : 14));
            String b = random.nextInt(3) == 0 ? garble(random, a) : random.nextInt(5) == 0 ? a : word(random, random.nextInt(14));
            double exact = JaroWinkler.similarity(a, b);
            double floor = floors[random.nextInt(floors.length)];
            double from = JaroWinkler.similarityFrom(a, b, floor);
            if (exact >= floor) {
                assertEquals(exact, from, 0.0, a + " / " + b + " from " + floor);
            } else {
                assertTrue(from < floor, a + " / " + b + " from " + floor + ": " + from);
            }
        }
        assertEquals(1.0, JaroWinkler.similarityFrom("", "", 0.7));
        assertEquals(0.961, JaroWinkler.similarityFrom("martha", "marhta", 0.7), 0.001);
        assertEquals(0.0, JaroWinkler.similarityFrom("shoigu", "lavrov", 0.7));
    }

    private static String word(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return sb.toString();
    }

    private static String garble(Random random, String word) {
        StringBuilder sb = new StringBuilder(word);
        for (int edit = 0; edit < 2; edit++) {
            if (sb.length() > 1 && random.nextBoolean()) {
                sb.deleteCharAt(random.nextInt(sb.length()));
            } else if (sb.length() > 1 && random.nextBoolean()) {
                int i = random.nextInt(sb.length() - 1);
                char c = sb.charAt(i);
                sb.setCharAt(i, sb.charAt(i + 1));
                sb.setCharAt(i + 1, c);
            } else {
                sb.insert(random.nextInt(sb.length() + 1), LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
        }
        return sb.toString();
    }
}

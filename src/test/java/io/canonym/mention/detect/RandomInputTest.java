package io.canonym.mention.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random mixtures of name-like words, titles, punctuation, entities, control characters, surrogate pairs
 * and every script the detector handles: it must never throw, and every span must point at its text,
 * lie inside the body and not overlap the next.
 */
class RandomInputTest {
    private static final String[] PIECES = {"Kim", "Jong-un", "kim", "KIM", "President", "leader", "by", "By", "\n",
            " ", "  ", ", ", ". ", "’s ", "al-", "bin", "von", "der", "&nbsp;", "& nbsp", "&", "\u0000", "\u001f", "\r\n",
            "Сергей", "Шойгу", "президент", "김정은", "위원장은", "习近平", "主席", "总统", "·", "الرئيس", "بشار", "הנשיא",
            "प्रधानमंत्री", "मोदी", "Κυριάκος", "\uD840\uDC00", "\uD840\uDC00\uD840\uDC01", "\uD800", "\uDC00", "XIV", "May",
            "Moscow", "KCNA", "UN", "-", "'", "’", "Ha-ion", "Lee", "O'Brien", "St", "Square", "\u0301", "2024", "é"};

    @Test
    void randomTextNeverBreaksTheDetector() {
        Random random = new Random(20261128L);
        MentionDetector plain = new MentionDetector();
        MentionDetector withGazetteer = new MentionDetector(InMemoryKnownNames.of("Kim Jong-un", "习近平", "Сергей Шойгу"));
        for (int n = 0; n < 400; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int k = 0; k < pieces; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            String body = sb.toString();
            check(body, plain.detect(body));
            check(body, withGazetteer.detect(body));
        }
    }

    @Test
    void hanNamesOutsideTheBasicPlaneAreCutOnCodePoints() {
        String body = "主席王\uD840\uDC00\uD840\uDC01\uD840\uDC02表示。\uD840\uDC00\uD840\uDC01\uD840\uDC02主席";
        check(body, new MentionDetector().detect(body));
        assertEquals(List.of("王\uD840\uDC00\uD840\uDC01", "\uD840\uDC00\uD840\uDC01\uD840\uDC02"),
                Detect.names(body));
    }

    private static void check(String body, List<DetectedName> names) {
        int previousEnd = 0;
        for (int i = 0; i < names.size(); i++) {
            DetectedName d = names.get(i);
            assertTrue(d.start() >= previousEnd && d.end() > d.start() && d.end() <= body.length(), d + " in " + body);
            assertEquals(d.text(), body.substring(d.start(), d.end()));
            // The group points at the person's first full mention, which may follow a headline repeat.
            assertTrue(d.group() >= 0 && d.group() < names.size(), d.toString());
            assertTrue(d.group() == i || names.get(d.group()).group() == d.group(), d.toString());
            assertTrue(!Character.isLowSurrogate(body.charAt(d.start()))
                    && !Character.isHighSurrogate(body.charAt(d.end() - 1)), "span splits a surrogate pair: " + d);
            previousEnd = d.end();
        }
    }
}

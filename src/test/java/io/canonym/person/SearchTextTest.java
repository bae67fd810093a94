package io.canonym.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsAccentsSpecialLettersCaseAndSeparators() {
        assertEquals("lech walesa", SearchText.normalize("Lech  Wałęsa"));
        assertEquals("strauss kahn", SearchText.normalize("STRAUSS-Kahn"));
        assertEquals("kim jong un", SearchText.normalize(" Kim Jong-un "));
    }

    @Test
    void theAsciiShortcutAnswersAsIcuDoes() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                sb.append((char) (random.nextInt(0x80)));
            }
            String text = sb.toString();
            assertEquals(SearchText.normalizeThroughIcu(text), SearchText.normalize(text), () -> "for " + text.chars().boxed().toList());
        }
    }
}

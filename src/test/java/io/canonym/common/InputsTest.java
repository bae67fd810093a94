package io.canonym.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void trimsLinesAndTurnsBlankOptionalValuesIntoNull() {
        assertEquals("Kim Jong-un", Inputs.requiredLine("name", "  Kim Jong-un \n", 20));
        assertNull(Inputs.optionalLine("author", "   ", 20));
    }

    @Test
    void rejectsTabsAndNewLinesInsideALine() {
        ApiException error = assertThrows(ApiException.class, () -> Inputs.requiredLine("name", "Kim\nJong-un", 20));
        assertEquals("name", error.field());
    }

    @Test
    void allowsNewLinesAndTabsInTextButNotOtherControls() {
        assertEquals("a\nb\tc", Inputs.requiredText("body", "a\nb\tc", 100));
        assertThrows(ApiException.class, () -> Inputs.requiredText("body", "a\u0000b", 100));
    }

    @Test
    void countsTextLimitInUtf8Bytes() {
        assertEquals("ж".repeat(5), Inputs.requiredText("body", "ж".repeat(5), 10));
        assertThrows(ApiException.class, () -> Inputs.requiredText("body", "ж".repeat(6), 10));
        assertThrows(ApiException.class, () -> Inputs.requiredText("body", "😀".repeat(3), 10));
    }

    @Test
    void acceptsOnlyPositiveDecimalIds() {
        assertEquals(42L, Inputs.id("id", "42"));
        for (String bad : new String[] { "", "0", "-1", "4 2", "0x10", "99999999999999999999", "४२" }) {
            assertThrows(ApiException.class, () -> Inputs.id("id", bad), bad);
        }
    }
}

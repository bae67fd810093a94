package io.canonym.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void decodesWhatItEncoded() {
        String cursor = Cursor.encode("article", "2025-06-18T09:00:00Z", 42L);
        assertEquals(List.of("2025-06-18T09:00:00Z", "42"), Cursor.decode(cursor, "article", 2));
    }

    @Test
    void keepsKeysWithSpacesAndOtherScripts() {
        String cursor = Cursor.encode("person", "Сергей Шойгу, Jr.", 7L);
        assertEquals(List.of("Сергей Шойгу, Jr.", "7"), Cursor.decode(cursor, "person", 2));
    }

    @Test
    void rejectsCursorOfAnotherKindOfList() {
        String cursor = Cursor.encode("person", "Kim", 1L);
        ApiException error = assertThrows(ApiException.class, () -> Cursor.decode(cursor, "article", 2));
        assertEquals(ErrorCode.BAD_USER_INPUT, error.code());
        assertEquals("after", error.field());
    }

    @Test
    void rejectsGarbageAndWrongKeyCounts() {
        assertThrows(ApiException.class, () -> Cursor.decode("%%%", "article", 2));
        assertThrows(ApiException.class, () -> Cursor.decode(Cursor.encode("article", 1), "article", 2));
    }
}

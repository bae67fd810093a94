package io.canonym.name;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpellingsTest {

    @Test
    void aHanNameInTraditionalCharactersIsTheStoredSimplifiedSpelling() {
        assertTrue(Spellings.sameHanName("習近平", "习近平"));
        assertTrue(Spellings.sameHanName("习近平", "習近平"));
    }

    @Test
    void aKoreanNameInHanjaIsTheStoredHangulSpellingItReadsAs() {
        assertTrue(Spellings.sameHanName("金正恩", "김정은"));
        assertTrue(Spellings.sameHanName("李在明", "이재명"));
        assertFalse(Spellings.sameHanName("金正日", "김정은"));
    }

    @Test
    void charactersThatOnlySoundLikeTheStoredNameAreAnotherName() {
        // Both read "wang yi" in pinyin.
        assertFalse(Spellings.sameHanName("王一", "王毅"));
        assertFalse(Spellings.sameHanName("王毅", ""));
    }
}

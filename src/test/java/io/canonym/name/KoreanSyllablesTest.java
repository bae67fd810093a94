package io.canonym.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Korean given names compared syllable by syllable. Names are invented. */
class KoreanSyllablesTest {

    private static final long MIN_MYEONG = 1, SONG_MIN = 2, CHANG_HA = 3;

    @Test
    void aSyllableWithAnInitialConsonantIsNotTheSameSyllableWithout() {
        assertTrue(KoreanSyllables.differentInitials("yong", "myeong"));
        assertTrue(KoreanSyllables.differentInitials("ong", "hong"));
        assertTrue(KoreanSyllables.differentInitials("sung", "jung"));
    }

    @Test
    void romanisationsOfOneSyllableKeepItsInitial() {
        assertFalse(KoreanSyllables.differentInitials("myeong", "myong"));
        assertFalse(KoreanSyllables.differentInitials("jang", "chang"));
        assertFalse(KoreanSyllables.differentInitials("gwang", "kwang"));
        assertFalse(KoreanSyllables.differentInitials("cheol", "chul"));
    }

    @Test
    void theInitialSoundRuleDropsAnROrLBeforeIAndY() {
        assertFalse(KoreanSyllables.differentInitials("ri", "yi"));
        assertFalse(KoreanSyllables.differentInitials("lee", "yi"));
        assertFalse(KoreanSyllables.differentInitials("ryu", "yu"));
        assertFalse(KoreanSyllables.differentInitials("rim", "im"));
        assertTrue(KoreanSyllables.differentInitials("ra", "a"), "only before i and y");
    }

    @Test
    void wordsThatAreNotOneKoreanSyllableAreLeftToSpelling() {
        assertFalse(KoreanSyllables.differentInitials("petrov", "vetrov"));
        assertFalse(KoreanSyllables.differentInitials("changha", "song"));
        assertFalse(KoreanSyllables.readings("myeong").isEmpty(), "one syllable");
        assertTrue(KoreanSyllables.readings("changha").isEmpty(), "not one syllable");
    }

    @Test
    void aNamesakeWhoseGivenNameDiffersInOneSyllablesInitialIsNotAMatch() {
        NameIndex index = new NameIndex();
        index.add(MIN_MYEONG, 1, "Park Min-myeong");
        index.add(MIN_MYEONG, 2, "박민명");
        NameResolver resolver = new NameResolver(index);
        for (String namesake : new String[] {"Park Min-yong", "Park Min Yong", "박민용"}) {
            Resolution r = resolver.resolve(namesake, 5);
            assertNotEquals(Decision.MATCH, r.decision(), r.toString());
        }
        assertEquals(Decision.MATCH, resolver.resolve("Pak Min Myong", 5).decision(), "McCune-Reischauer, same syllables");
    }

    @Test
    void oneSyllableIsNeverTwoSyllablesWrittenAsOneWord() {
        NameIndex index = new NameIndex();
        index.add(SONG_MIN, 1, "Jang Song-min");
        index.add(CHANG_HA, 2, "Chang Chang-ha");
        NameResolver resolver = new NameResolver(index);
        Resolution r = resolver.resolve("Jang Chang Ha", 5);
        assertEquals(CHANG_HA, r.candidates().get(0).personId(), r.toString());
        double songMin = r.candidates().stream().filter(c -> c.personId() == SONG_MIN).mapToDouble(Candidate::score)
                .findFirst().orElse(0);
        // Jang Song-min shares the surname only: "Changha" (two syllables) is not "Song" (one).
        assertTrue(songMin < NameResolver.PLAUSIBLE_THRESHOLD + 0.1, r.toString());
    }
}

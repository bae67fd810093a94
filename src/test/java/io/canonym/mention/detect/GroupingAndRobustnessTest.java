package io.canonym.mention.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repeats of names within an article, their ambiguity, and input that must not break the detector. */
class GroupingAndRobustnessTest {
    private final MentionDetector detector = new MentionDetector();

    @Test
    void aSurnameRepeatJoinsTheOnlyEarlierFullNameWithThatSurname() {
        List<DetectedName> d = detector.detect("Voldimi Zelensky met envoys. Later, Zelensky said talks went well.");
        assertEquals("Zelensky", d.get(1).text());
        assertEquals(NameShape.SURNAME_ONLY, d.get(1).shape());
        assertEquals(0, d.get(1).group());
        assertTrue(d.get(1).evidence().contains(Evidence.REPEAT));
    }

    @Test
    void aGivenNameRepeatIsMarkedAsSuch() {
        List<DetectedName> d = detector.detect("Lauren Walker wrote the report. Lauren said it took a month.");
        assertEquals(NameShape.GIVEN_NAME_ONLY, d.get(1).shape());
        assertEquals(0, d.get(1).group());
    }

    @Test
    void aSurnameSharedByTwoEarlierPeopleIsAmbiguous() {
        List<DetectedName> d = detector.detect(
                "Leader Kim Jong-un and his sister Kim Yo-jong attended. Kim later spoke.");
        assertEquals(List.of("Kim Jong-un", "Kim Yo-jong", "Kim"), d.stream().map(DetectedName::text).toList());
        DetectedName kim = d.get(2);
        assertTrue(kim.ambiguous());
        assertEquals(2, kim.group());
        assertEquals(List.of(0, 1), kim.possibleGroups());
    }

    @Test
    void relativesAreOtherPeopleNotTheFamousOne() {
        List<DetectedName> d = detector.detect(
                "President Volodymyr Zelenskyy arrived with his wife Olena Zelenska. Zelenskyy spoke first.");
        assertEquals(List.of("Volodymyr Zelenskyy", "Olena Zelenska", "Zelenskyy"),
                d.stream().map(DetectedName::text).toList());
        assertEquals(1, d.get(1).group());
        assertEquals("his wife", d.get(1).roles().get(0).text());
        assertEquals(0, d.get(2).group());
    }

    @Test
    void aSurnameRepeatWithTheFullNamesLowerCaseParticlesIsWrittenWithThem() {
        List<DetectedName> d = detector.detect("Commissioner Marta van der Wiel spoke first. "
                + "Delegates applauded, while van der Wiel left early. Later, Wiel said nothing.");
        assertEquals(List.of("Marta van der Wiel", "van der Wiel", "Wiel"), Detect.names("Commissioner Marta van der Wiel spoke first. "
                + "Delegates applauded, while van der Wiel left early. Later, Wiel said nothing."));
        assertEquals(NameShape.SURNAME_ONLY, d.get(1).shape());
        assertEquals(0, d.get(1).group());
        assertEquals(0, d.get(2).group());
    }

    @Test
    void aRepeatOpeningASentenceWithItsParticlesFollowsTheFullName() {
        List<DetectedName> d = detector.detect("Commissioner Marta van der Wiel spoke first. Van der Wiel left early.");
        assertEquals(List.of("Marta van der Wiel", "Van der Wiel"), d.stream().map(DetectedName::text).toList());
        assertEquals(NameShape.SURNAME_ONLY, d.get(1).shape());
        assertEquals(0, d.get(1).group());
    }

    @Test
    void particlesTheFullNameDidNotWriteAreNotTakenIntoARepeat() {
        List<DetectedName> d = detector.detect("Tomas Ferreira arrived. The speech of Ferreira was short, "
                + "and the guests de Ferreira invited stayed.");
        assertEquals(List.of("Tomas Ferreira", "Ferreira", "Ferreira"), d.stream().map(DetectedName::text).toList());
        assertEquals(List.of(0, 0, 0), d.stream().map(DetectedName::group).toList());
    }

    @Test
    void arabicAndRomanceParticlesOfTheFullNameComeWithTheRepeat() {
        assertEquals(List.of("Khalid bin Rashed", "bin Rashed"), Detect.names("Khalid bin Rashed met envoys. Later bin Rashed left."));
        assertEquals(List.of("Luisa de la Fuente", "de la Fuente"),
                Detect.names("Luisa de la Fuente met envoys. Later, de la Fuente left."));
    }

    @Test
    void twoSurnameRepeatsJoinedByYAreTwoPeopleNotOneName() {
        List<DetectedName> d = detector.detect("El ministro Raúl Montero y la alcaldesa Inés Quiroga abrieron la feria. "
                + "Montero y Quiroga cenaron después.");
        assertEquals(List.of("Raúl Montero", "Inés Quiroga", "Montero", "Quiroga"), d.stream().map(DetectedName::text).toList());
        assertEquals(0, d.get(2).group());
        assertEquals(1, d.get(3).group());
        // A double surname nobody wrote apart stays one name.
        assertEquals(List.of("Julia Ortega y Salcedo"), Detect.names("La escritora Julia Ortega y Salcedo habló."));
    }

    @Test
    void spellingsOfTheSameFullNameShareAGroup() {
        List<DetectedName> d = detector.detect("Kim Jong-un spoke. Later Kim Jong Un left.");
        assertEquals(0, d.get(1).group());
    }

    @Test
    void aLoneCapitalisedWordThatRepeatsNobodyIsNoName() {
        assertEquals(List.of("Sergei Shoigu"), Detect.names("Sergei Shoigu left. Officials in Brussels were silent."));
    }

    @Test
    void emptyBlankAndNullInputGiveNothing() {
        assertEquals(List.of(), detector.detect(""));
        assertEquals(List.of(), detector.detect("   \n\t "));
        assertEquals(List.of(), detector.detect(null));
    }

    @Test
    void controlCharactersAndStrayEntitiesDoNotBreakOffsets() {
        String body = "\u0000\u0007By\u0001 Jane\u0002 Doe\n\u001bLeader Kim\u0000 Jong-un&amp; left &#160; \uFEFF\uD800.";
        for (DetectedName d : detector.detect(body)) {
            assertEquals(d.text(), body.substring(d.start(), d.end()));
        }
        assertFalse(detector.detect(body).isEmpty());
    }

    @Test
    void aHugeBodyIsDetectedWholeWithoutError() {
        String paragraph = "North Korean leader Kim Jong-un met Russian security council chief Sergei Shuigu in "
                + "Pyongyang on Wednesday, KCNA reported. Kim said the ties were strong.\n";
        String huge = paragraph.repeat(1_000); // about 170 KB, fifty times a long article
        List<DetectedName> d = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> detector.detect(huge));
        assertEquals(3_000, d.size());
    }

    @Test
    void oddUnicodeDoesNotThrow() {
        String[] inputs = {"\uD83D\uDE00 Emoji Name Here", "a-", "-A", "'s", "A'", "Ω", "김", "习", "ال", "\u0301\u0301",
                "Mr. A. B. Cdef", "by\nby\nby", "BY", "X".repeat(100_000)};
        for (String s : inputs) {
            for (DetectedName d : detector.detect(s)) {
                assertEquals(d.text(), s.substring(d.start(), d.end()));
            }
        }
    }
}

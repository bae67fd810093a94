package io.canonym.mention.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OccupationsTest {

    private final Occupations occupations = new Occupations();

    @Test
    void aCompoundIsKnownByItsLastPart() {
        assertEquals(Map.of("aussenministerin", "office"), occupations.occupations(List.of("die", "aussenministerin")));
        assertEquals(Map.of("kulugyminiszter", "office"), occupations.occupations(List.of("kulugyminiszter")));
        assertEquals(Map.of("radrennfahrerin", "sport"), occupations.occupations(List.of("radrennfahrerin")));
    }

    @Test
    void shortWordsAreNotTakenForTheEndOfACompound() {
        assertTrue(occupations.occupations(List.of("abacktor")).isEmpty(), "actor has five letters: too few to find in a compound");
    }

    @Test
    void aDescriptionNamesItsOccupations() {
        assertEquals(Map.of("foreign", "office", "minister", "office").get("minister"),
                occupations.occupations("Foreign Minister of China (2013–2022 and since 2023)").get("minister"));
        assertEquals(Map.of("secretary", "office"), occupations.occupations("Press secretary of the President of Russia")
                .entrySet().stream().filter(e -> e.getKey().equals("secretary")).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void anOccupationInThePastIsNotAPresentOne() {
        assertEquals(Map.of("cyclist", "sport"), occupations.presentOccupations(List.of("the", "cyclist")));
        assertTrue(occupations.presentOccupations(List.of("former", "cyclist")).isEmpty());
        assertTrue(occupations.presentOccupations(List.of("ex", "cyclist")).isEmpty());
    }

    @Test
    void hyphenatedOccupationsAreReadAsTwoWords() {
        assertEquals(Map.of("porte parole", "office"), occupations.occupations(List.of("le", "porte", "parole")));
    }
}

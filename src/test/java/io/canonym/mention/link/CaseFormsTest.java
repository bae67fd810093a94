package io.canonym.mention.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.canonym.name.Decision;
import io.canonym.name.NameIndex;
import io.canonym.name.NameResolver;
import io.canonym.name.Resolution;

class SlavicCaseFormsTest {
    private final SlavicCaseForms caseForms = new SlavicCaseForms();
    private final NameIndex index = new NameIndex();
    private final Function<String, Resolution> resolver;

    SlavicCaseFormsTest() {
        index.add(1, 1, "Борис Петренко");
        index.add(2, 2, "Wiktor Kowalczyk");
        index.add(3, 3, "Алексей Навальный");
        index.add(4, 4, "Marek Dvořák");
        NameResolver nameResolver = new NameResolver(index);
        resolver = name -> nameResolver.resolve(name, 5);
    }

    @Test
    void aRussianNameInTheInstrumentalResolvesThroughItsNominative() {
        assertNotEquals(Decision.MATCH, resolver.apply("Алексеем Навальным").decision(), "the declined form alone");
        Resolution r = caseForms.resolve("Алексеем Навальным", false, resolver);
        assertEquals(Decision.MATCH, r.decision());
        assertEquals(3, r.candidates().get(0).personId());
        assertTrue(r.candidates().get(0).explanation().get(0).contains("nominative"), r.candidates().get(0).explanation().toString());
    }

    @Test
    void aPolishNameDeclinedInAPolishArticleResolvesThroughItsNominative() {
        assertNotEquals(Decision.MATCH, resolver.apply("Wiktorem Kowalczykiem").decision(), "the declined form alone");
        Resolution r = caseForms.resolve("Wiktorem Kowalczykiem", true, resolver);
        assertEquals(Decision.MATCH, r.decision());
        assertEquals(2, r.candidates().get(0).personId());
        assertEquals(Decision.MATCH, caseForms.resolve("Dvořákovy", true, resolver).decision());
    }

    @Test
    void aSlovakNameInTheInstrumentalResolvesThroughItsNominative() {
        assertNotEquals(Decision.MATCH, resolver.apply("Wiktorom Kowalczykom").decision(), "the declined form alone");
        assertEquals(2, caseForms.resolve("Wiktorom Kowalczykom", true, resolver).candidates().get(0).personId());
    }

    @Test
    void latinWordsAreOnlyReadAsDeclinedInPolishOrCzechArticles() {
        assertEquals(List.of(), caseForms.readings("Wiktorem Kowalczykiem", false));
        assertNotEquals(Decision.MATCH, caseForms.resolve("Wiktorem Kowalczykiem", false, resolver).decision());
    }

    @Test
    void aFeminineCaseFormIsNeverReadAsTheMasculineName() {
        assertTrue(caseForms.readings("Навальной", false).stream().noneMatch(r -> r.equals("Навальный")),
                caseForms.readings("Навальной", false).toString());
        assertTrue(caseForms.readings("Навальной", false).contains("Навальная"));
        assertEquals(List.of(), caseForms.readings("Юлия Навальная", false).stream().filter(r -> r.contains("Навальн") && !r.endsWith("Навальная")).toList());
        assertEquals(List.of(), caseForms.readings("Зеленська", false));
        assertEquals(List.of(), caseForms.readings("Zełenska", true));
        assertNotEquals(Decision.MATCH, caseForms.resolve("Навальная", false, resolver).decision());
    }

    @Test
    void aNameThatAlreadyResolvesIsNotReadAgain() {
        Function<String, Resolution> counting = name -> {
            assertEquals("Алексей Навальный", name, "only the name as written is asked about");
            return resolver.apply(name);
        };
        assertEquals(Decision.MATCH, caseForms.resolve("Алексей Навальный", false, counting).decision());
    }
}

package io.canonym.mention.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.canonym.mention.detect.LatinDeclension;
import io.canonym.name.Decision;
import io.canonym.name.NameIndex;
import io.canonym.name.NameResolver;
import io.canonym.name.Resolution;

class CaseFormsTest {
    private final CaseForms caseForms = new CaseForms();
    private final NameIndex index = new NameIndex();
    private final Function<String, Resolution> resolver;

    CaseFormsTest() {
        index.add(1, 1, "Борис Петренко");
        index.add(2, 2, "Wiktor Kowalczyk");
        index.add(3, 3, "Алексей Навальный");
        index.add(4, 4, "Marek Dvořák");
        index.add(5, 5, "Ferenc Kertész");
        index.add(6, 6, "Ilona Vadas");
        index.add(7, 7, "Νίκος Καραγιάννης");
        index.add(8, 8, "Ігар Каваленка");
        NameResolver nameResolver = new NameResolver(index);
        resolver = name -> nameResolver.resolve(name, 5);
    }

    @Test
    void aRussianNameInTheInstrumentalResolvesThroughItsNominative() {
        assertNotEquals(Decision.MATCH, resolver.apply("Алексеем Навальным").decision(), "the declined form alone");
        Resolution r = caseForms.resolve("Алексеем Навальным", LatinDeclension.NONE, resolver);
        assertEquals(Decision.MATCH, r.decision());
        assertEquals(3, r.candidates().get(0).personId());
        assertTrue(r.candidates().get(0).explanation().get(0).contains("nominative"), r.candidates().get(0).explanation().toString());
    }

    @Test
    void aPolishNameDeclinedInAPolishArticleResolvesThroughItsNominative() {
        assertNotEquals(Decision.MATCH, resolver.apply("Wiktorem Kowalczykiem").decision(), "the declined form alone");
        Resolution r = caseForms.resolve("Wiktorem Kowalczykiem", LatinDeclension.SLAVIC, resolver);
        assertEquals(Decision.MATCH, r.decision());
        assertEquals(2, r.candidates().get(0).personId());
        assertEquals(Decision.MATCH, caseForms.resolve("Dvořákovy", LatinDeclension.SLAVIC, resolver).decision());
    }

    @Test
    void aSlovakNameInTheInstrumentalResolvesThroughItsNominative() {
        assertNotEquals(Decision.MATCH, resolver.apply("Wiktorom Kowalczykom").decision(), "the declined form alone");
        assertEquals(2, caseForms.resolve("Wiktorom Kowalczykom", LatinDeclension.SLAVIC, resolver).candidates().get(0).personId());
    }

    @Test
    void aHungarianNameWithACaseSuffixResolvesThroughItsNominative() {
        assertEquals(5, caseForms.resolve("Kertész Ferencet", LatinDeclension.HUNGARIAN, resolver).candidates().get(0).personId());
        assertNotEquals(Decision.MATCH, resolver.apply("Kertésszel").decision(), "the declined form alone");
        assertEquals(Decision.MATCH, caseForms.resolve("Kertésszel", LatinDeclension.HUNGARIAN, resolver).decision());
        assertTrue(caseForms.readings("Kertésszel", LatinDeclension.HUNGARIAN).contains("Kertész"));
        assertTrue(caseForms.readings("Vadasnak", LatinDeclension.HUNGARIAN).contains("Vadas"));
        // "Kertészné" is Mrs Kertész, never the man; and the suffixes are read in Hungarian articles only.
        assertEquals(List.of(), caseForms.readings("Kertészné", LatinDeclension.HUNGARIAN));
        assertEquals(List.of(), caseForms.readings("Kertésszel", LatinDeclension.SLAVIC));
    }

    @Test
    void greekAndBelarusianNamesInOtherCasesResolveThroughTheirNominative() {
        assertEquals(7, caseForms.resolve("Καραγιάννη", LatinDeclension.NONE, resolver).candidates().get(0).personId());
        assertTrue(caseForms.readings("Καραγιάννη", LatinDeclension.NONE).contains("Καραγιάννης"));
        assertTrue(caseForms.readings("Ігарам Каваленкам", LatinDeclension.NONE).contains("Ігар Каваленка"));
        assertEquals(Decision.MATCH, caseForms.resolve("Ігарам Каваленкам", LatinDeclension.NONE, resolver).decision());
    }

    @Test
    void latinWordsAreOnlyReadAsDeclinedInPolishOrCzechArticles() {
        assertEquals(List.of(), caseForms.readings("Wiktorem Kowalczykiem", LatinDeclension.NONE));
        assertNotEquals(Decision.MATCH, caseForms.resolve("Wiktorem Kowalczykiem", LatinDeclension.NONE, resolver).decision());
    }

    @Test
    void aFeminineCaseFormIsNeverReadAsTheMasculineName() {
        assertTrue(caseForms.readings("Навальной", LatinDeclension.NONE).stream().noneMatch(r -> r.equals("Навальный")),
                caseForms.readings("Навальной", LatinDeclension.NONE).toString());
        assertTrue(caseForms.readings("Навальной", LatinDeclension.NONE).contains("Навальная"));
        assertEquals(List.of(), caseForms.readings("Юлия Навальная", LatinDeclension.NONE).stream().filter(r -> r.contains("Навальн") && !r.endsWith("Навальная")).toList());
        assertEquals(List.of(), caseForms.readings("Зеленська", LatinDeclension.NONE));
        assertEquals(List.of(), caseForms.readings("Zełenska", LatinDeclension.SLAVIC));
        assertNotEquals(Decision.MATCH, caseForms.resolve("Навальная", LatinDeclension.NONE, resolver).decision());
    }

    @Test
    void aNameThatAlreadyResolvesIsNotReadAgain() {
        Function<String, Resolution> counting = name -> {
            assertEquals("Алексей Навальный", name, "only the name as written is asked about");
            return resolver.apply(name);
        };
        assertEquals(Decision.MATCH, caseForms.resolve("Алексей Навальный", LatinDeclension.NONE, counting).decision());
    }
}

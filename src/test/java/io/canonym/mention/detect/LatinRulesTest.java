package io.canonym.mention.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.canonym.mention.detect.Detect.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names in Latin text: bylines, titles, particles, Korean given names, and what is never a name. */
class LatinRulesTest {

    @Test
    void bylinesInLowerUpperAndMixedCaseWithAgenciesLeftOut() {
        assertEquals(List.of("lauren Walker"), names("by lauren Walker with AP\n\nThe talks ended."));
        assertEquals(List.of("LAUREN WALKER"), names("By LAUREN WALKER\nThe talks ended."));
        assertEquals(List.of("Jane Doe", "Ahmed Ali"), names("By Jane Doe and Ahmed Ali, Reuters\nTalks ended."));
        assertEquals(List.of("Maria Garcia"), names("by&nbsp;Maria Garcia&nbsp;|&nbsp;AFP\nTalks ended."));
    }

    @Test
    void doctorIsATitleNotAGivenName() {
        assertEquals(List.of("Pezeshkian"), names("Everybody trusts Doctor Pezeshkian, the minister said."));
    }

    @Test
    void aCreditLineInBracketsIsNoHeadlineSoItsNamesAreFound() {
        assertEquals(List.of("Kentaro Sugimoto", "Sarah Whitcombe"),
                names("Talks ended on Friday.\n(Reporting by Kentaro Sugimoto; Writing by Sarah Whitcombe)"));
    }

    @Test
    void aSentenceThatMerelyStartsWithByIsNoByline() {
        assertEquals(List.of(), names("By the end of the week the ministers had agreed on nothing at all and went home."));
        assertEquals(List.of(), names("The town was taken\nby rebel fighters and\nheld for a week."));
    }

    @Test
    void singleNamesAfterTitlesAndRolesArePeople() {
        assertEquals(List.of("Macron"), names("The talks were hosted by President Macron in the capital."));
        assertEquals(List.of("Peskov"), names("Kremlin spokesman Peskov declined to comment."));
        assertEquals(List.of("Lavrov"), names("It was Foreign Minister Lavrov who spoke first."));
    }

    @Test
    void aCapitalisedOccupationBeforeAFullNameIsNotPartOfIt() {
        assertEquals(List.of("Dorota Malinek"), names("Visitors queued all day. Historian Dorota Malinek said the museum would stay open."));
        assertEquals(List.of("Pieter Hoorn"), names("DEN HAAG – Het bezoek begon laat. NAVO-chef Pieter Hoorn ontving de gasten."));
        // A listed given name is a name word, whatever else it means.
        assertEquals(List.of("Irina Dorota Malinek"), names("Visitors queued. Irina Dorota Malinek said so."));
    }

    @Test
    void titlesAreReportedAsRolesNotAsPartOfTheName() {
        List<DetectedName> found = new MentionDetector().detect("The country's supreme leader Ali Khamenei spoke.");
        assertEquals("Ali Khamenei", found.get(0).text());
        assertEquals("supreme leader", found.get(0).roles().get(0).text());
        assertEquals(Role.Kind.TITLE, found.get(0).roles().get(0).kind());
    }

    @Test
    void particlesStayInsideNames() {
        assertEquals(List.of("Bashar al-Assad"), names("Syrian leader Bashar al-Assad fled the country."));
        assertEquals(List.of("Mohammed bin Salman"), names("Crown Prince Mohammed bin Salman met the envoy."));
        assertEquals(List.of("Ursula von der Leyen"), names("The plan came from Ursula von der Leyen yesterday."));
        assertEquals(List.of("von der Leyen"), names("Commission President von der Leyen said no."));
        assertEquals(List.of("Benjamín Netanyahu", "Netanyahu"),
                names("Benjamín Netanyahu habló. Un portavoz de Netanyahu respondió el lunes."));
        assertEquals(List.of("Friedrich Merz", "Merz"), names("Friedrich Merz kam. Ein Regierungssprecher von Merz sagte nichts."));
        assertEquals(List.of("al-Assad"), names("Officials loyal to President al-Assad fled."));
        assertEquals(List.of("Charles de Gaulle"), names("The airport is named after Charles de Gaulle today."));
    }

    @Test
    void koreanHyphenatedGivenNamesWithAndWithoutHyphen() {
        assertEquals(List.of("Kim Jong-un"), names("Leader Kim Jong-un visited a factory."));
        assertEquals(List.of("Kim Jong Un"), names("Leader Kim Jong Un visited a factory."));
        assertEquals(List.of("Kim Yo-jong"), names("A statement from Kim Yo-jong followed."));
        assertEquals(List.of("Kim Yo Jong"), names("A statement from Kim Yo Jong followed."));
        assertEquals(List.of("Lee Jae-myung"), names("South Korean President Lee Jae-myung called for calm."));
    }

    @Test
    void possessiveIsLeftOutOfTheName() {
        assertEquals(List.of("Sergei Shoigu"), names("It was Sergei Shoigu's first visit."));
    }

    @Test
    void monthsWeekdaysPlacesAgenciesAndDemonymsAreNeverPeople() {
        assertEquals(List.of(), names("On Monday, in late April and again in May 2024, the UN, NATO and the EU met in Geneva."));
        assertEquals(List.of(), names("South Korea, North Korea, the United States and Japan signed in New York."));
        assertEquals(List.of(), names("The Korean Central News Agency (KCNA) and the Associated Press reported it."));
        assertEquals(List.of(), names("North Korean troops and Ukrainian drones were seen near Kursk and Belgorod."));
        assertEquals(List.of(), names("The Red Cross and the Constitutional Court of Korea were closed."));
        assertEquals(List.of(), names("Analysts at the Korea Institute for National Unification disagreed."));
    }

    @Test
    void headlineAndBoilerplateWordsAreNotNames() {
        assertEquals(List.of(), names("According to officials, nothing changed.\nHowever, the talks went on.\n"
                + "Last week, talks stalled.\nSee also  Fake claims went viral\nTAGGED:\nShare This Article\nLeave a comment"));
    }

    @Test
    void aTitleCasedHeadlineProvesNothingButItsNamesRepeatedInTheTextCount() {
        List<String> found = names("Leaders Vow Closer Ties After Summit Talks\n\nThe talks ended on Friday.");
        assertEquals(List.of(), found);
        found = names("Shoigu Meets Kim In Pyongyang For Talks\n\nSergei Shoigu met Kim Jong-un on Friday.");
        assertEquals(List.of("Shoigu", "Kim", "Sergei Shoigu", "Kim Jong-un"), found);
    }

    @Test
    void aLineInCapitalsProvesNothingButItsWordsMayRepeatNamesFromTheText() {
        assertEquals(List.of("SHOIGU", "KIM", "Sergei Shoigu", "Kim Jong-un"),
                names("SHOIGU MEETS KIM IN PYONGYANG AMID WAR\n\nSergei Shoigu met Kim Jong-un on Friday."));
        assertEquals(List.of(), names("BREAKING NEWS FROM THE FRONT LINE TODAY\n\nNothing happened."));
    }

    @Test
    void abbreviatedTitlesWithAPeriodStillIntroduceNames() {
        List<DetectedName> found = new MentionDetector().detect("Gen. Valery Gerasimov met Mr. Lavrov.");
        assertEquals(List.of("Valery Gerasimov", "Lavrov"), found.stream().map(DetectedName::text).toList());
        assertEquals("Gen", found.get(0).roles().get(0).text());
    }

    @Test
    void capitalisedWordsInQuotationMarksNameThingsNotPeople() {
        assertEquals(List.of(), names("Seoul called the \"Freedom Shield\" drills and the “Ulchi Freedom” exercise routine."));
    }

    @Test
    void aHeadlineRepeatBeforeTheFullNameJoinsTheGroupOfThatFullName() {
        List<DetectedName> found = new MentionDetector().detect("Zelensky visits Berlin\n\nVolodymyr Zelensky arrived.");
        assertEquals(1, found.get(0).group());
        assertEquals(1, found.get(1).group());
    }

    @Test
    void aTrailingHeadWordStartingASequenceIsASurname() {
        assertEquals(List.of("Park Geun-hye"), names("Former president Park Geun-hye was pardoned."));
        assertEquals(List.of(), names("Protesters gathered in Central Park and at Carnegie Hall."));
        assertEquals(List.of(), names("Climbers left Mount Everest for Lake Baikal."));
    }

    @Test
    void theresaMayIsANameButMayTheMonthIsNot() {
        assertEquals(List.of("Theresa May"), names("Former prime minister Theresa May spoke in May 2019."));
    }

    @Test
    void monthNameAloneAfterTitleStillIsNoName() {
        assertTrue(names("The ambassador left in April.").isEmpty());
    }

    // ---- "Surname, Given" as lists and registers write it ----

    @Test
    void aSurnameCommaGivenNameClosedLikeAListEntryIsOneName() {
        assertEquals(List.of("Petrenko, Ivan", "Kovalchuk, Maria"),
                names("The annex lists 'Petrenko, Ivan' and 'Kovalchuk, Maria' among those designated on Friday."));
        assertEquals(List.of("von der Brelie, Paul"), names("The register names von der Brelie, Paul; his firm is listed too."));
    }

    @Test
    void anOrdinaryListOfSurnamesOrOfFullNamesIsNotReadAsInvertedNames() {
        assertEquals(List.of(), names("Kovalchuk, Petrenko and Marchuk attended.").stream().filter(n -> n.contains(",")).toList());
        assertEquals(List.of("Vladimir Petrenko", "Sergei Kovalchuk"), names("Vladimir Petrenko, Sergei Kovalchuk and others met."));
        assertEquals(List.of(), names("Unlike Petrenko, Maria said nothing.").stream().filter(n -> n.contains(",")).toList());
        assertEquals(List.of(), names("Maria, Ivan and Pavel came.").stream().filter(n -> n.contains(",")).toList());
    }

    @Test
    void aGivenNameTheListDoesNotKnowNeedsTheGazetteerToKnowTheNameInTheUsualOrder() {
        String text = "The register names Vulpe, Dorin among twelve others.";
        assertEquals(List.of(), names(text).stream().filter(n -> n.contains(",")).toList());
        assertEquals(List.of("Vulpe, Dorin"), names(new MentionDetector(InMemoryKnownNames.of("Dorin Vulpe")), text));
    }

    @Test
    void aRegisterEntryWithSeveralGivenOrFamilyWordsIsOneNameWhenTheGazetteerKnowsIt() {
        String list = "Attending:\n- Kovacs, Ana Maria (Romania)\n- Santos da Cruz, Joao Pedro (Angola)";
        MentionDetector detector = new MentionDetector(InMemoryKnownNames.of("Ana Maria Kovacs", "Joao Pedro Santos da Cruz"));
        assertEquals(List.of("Kovacs, Ana Maria", "Santos da Cruz, Joao Pedro"), names(detector, list));
        assertEquals(List.of(), names(new MentionDetector(), list).stream().filter(n -> n.contains(",")).toList());
    }

    @Test
    void twoFullNamesInARowAreNotARegisterEntryEvenWhenClosedByPunctuation() {
        MentionDetector detector = new MentionDetector(InMemoryKnownNames.of("Ivan Petrenko", "Sergei Kovalchuk"));
        assertEquals(List.of("Ivan Petrenko", "Sergei Kovalchuk"), names(detector, "Present: Ivan Petrenko, Sergei Kovalchuk (observer)."));
        assertEquals(List.of(), names(detector, "He met Petrenko, Sergei Kovalchuk and others.").stream()
                .filter(n -> n.contains(",")).toList());
    }

    @Test
    void anInvertedNameFoundsTheGroupItsSurnameRepeatsJoin() {
        List<DetectedName> found = new MentionDetector().detect("The annex lists 'Petrenko, Ivan'. Petrenko denied it.");
        assertEquals(List.of("Petrenko, Ivan", "Petrenko"), found.stream().map(DetectedName::text).toList());
        assertEquals(NameShape.SURNAME_ONLY, found.get(1).shape());
        assertEquals(0, found.get(1).group());
    }

    @Test
    void anInvertedNameAndTheSameNameInTheUsualOrderAreOnePerson() {
        List<DetectedName> found = new MentionDetector().detect("Ivan Petrenko resigned. The annex lists 'Petrenko, Ivan'.");
        assertEquals(List.of("Ivan Petrenko", "Petrenko, Ivan"), found.stream().map(DetectedName::text).toList());
        assertEquals(found.get(0).group(), found.get(1).group());
    }

    // ---- French "M." (Monsieur) ----

    @Test
    void inAFrenchArticleMWithAPeriodIsMonsieurNotAnInitial() {
        List<DetectedName> found = new MentionDetector().detect(
                "Le ministre Jean Dupont est arrivé lundi à Lyon. M. Dupont a visité le musée avec sa femme.");
        assertEquals(List.of("Jean Dupont", "Dupont"), found.stream().map(DetectedName::text).toList());
        assertEquals("M", found.get(1).roles().get(0).text());
        assertEquals(NameShape.SURNAME_ONLY, found.get(1).shape());
    }

    @Test
    void elsewhereMWithAPeriodStaysAnInitial() {
        assertEquals(List.of("M. Dupont", "V. Petrov"), names("The register names M. Dupont and V. Petrov as its directors."));
    }
}

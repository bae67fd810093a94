package io.canonym.mention.detect;

import static io.canonym.mention.detect.Detect.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Where a name begins and ends (invented people): declined place names in Slavic languages, names after an
 * organisation, two people joined by "y", initials that a list calls a word, patronymics in registers, digits.
 */
class InflectionAndBoundaryRulesTest {

    @Test
    void aUkrainianPlaceInAnyCaseIsNeverPartOfAName() {
        assertEquals(List.of("Остап Вербицький", "Вербицький"), names("Президент України Остап Вербицький провів нараду. "
                + "Рішень без України не буде, — сказав Вербицький."));
        assertEquals(List.of("Остап Вербицький"), names("Посол Франції Остап Вербицький прибув до Парижа."));
        assertEquals(List.of("Остап Вербицький"), names("Разом з Францією Остап Вербицький підписав угоду."));
    }

    @Test
    void aPolishPlaceInAnyCaseIsNoNameWordInAPolishArticle() {
        assertEquals(List.of("Borys Kaliniak"), names("Minister spraw zagranicznych Rosji Borys Kaliniak przyjechał wczoraj."));
    }

    @Test
    void onlyPolishAndCzechNamesOfPlacesAreReadThroughTheirCaseEndings() {
        // "Georgii" would be English "Georgia" with a Polish ending; Polish calls the country "Gruzja".
        assertEquals(List.of("Georgii Malenkow"), names("Premier Georgii Malenkow przyjechał do Moskwy w piątek."));
        assertEquals(List.of("Petr Novák"), names("Prezident Ukrajiny Petr Novák přijel do Kyjeva."));
    }

    @Test
    void aSurnameThatLooksLikeADeclinedPlaceStaysANameOutsideSlavicText() {
        // "Ghani" is "Ghana" with a Polish case ending; in an English article it is a surname.
        assertEquals(List.of("Tomas Ghani"), names("Former minister Tomas Ghani met the envoys on Monday."));
    }

    @Test
    void aNameAfterAnOrganisationsLastWordStandsOnItsOwn() {
        assertEquals(List.of("Pavel Dorokhin"), names("The meeting was led by the secretary of the Security Council Pavel Dorokhin."));
        assertEquals(List.of("Ilse van der Berg", "van der Berg"), names("The president of the European Commission "
                + "Ilse van der Berg spoke. Ministers backed the plan of van der Berg."));
        // A head written before what it heads still takes the words after it.
        assertEquals(List.of(), names("Tourists sailed across Lake Tana Grande at dawn."));
    }

    @Test
    void yBetweenTwoFullNamesJoinsTwoPeopleButNotTheTwoSurnamesOfOne() {
        assertEquals(List.of("Tomás Ibarra", "Lucía Fernández"), names("Se reunieron el presidente Tomás Ibarra y Lucía Fernández en Quito."));
        assertEquals(List.of("Ramiro Lastra y Belmonte"), names("El filósofo Ramiro Lastra y Belmonte murió en Quito."));
    }

    @Test
    void aCapitalLetterWithAPeriodBeforeASurnameIsAnInitialEvenIfAListCallsItAWord() {
        // Russian "в" (in) is a listed word; "В. Воронцов" is an initial and a surname.
        assertEquals(List.of("В. Воронцов"), names("Указ подписал В. Воронцов в пятницу."));
        // Also opening a sentence, in an article that writes the preposition.
        assertEquals(List.of("В. А. Воронцов"), names("В. А. Воронцов прибыл в Москву."));
    }

    @Test
    void aRegisterEntryTakesTheGivenNameAndThePatronymic() {
        assertEquals(List.of("Orlov, Pavel Sergeyevich", "Belova, Irina Petrovna"),
                names("The list names: Orlov, Pavel Sergeyevich; Belova, Irina Petrovna."));
        // Without a patronymic, a capitalised word after the given name still begins the next name.
        assertEquals(List.of("Orlov", "Pavel Dorokhin"), names("They saw Orlov, Pavel Dorokhin and others."));
    }

    @Test
    void aLoneDeclinedFamilyNameRepeatsTheFullNameInASlavicArticle() {
        List<DetectedName> czech = new MentionDetector().detect(
                "Premiér Marek Dvořák v pátek přivítal hosty. Dvořákovy výroky byly ostré. Setkání s Dvořákem trvalo hodinu.");
        assertEquals(List.of("Marek Dvořák", "Dvořákovy", "Dvořákem"), czech.stream().map(DetectedName::text).toList());
        assertEquals(List.of(0, 0, 0), czech.stream().map(DetectedName::group).toList());
        List<DetectedName> ukrainian = new MentionDetector().detect("Міністр Олег Коваленко заявив. Депутати підтримали Коваленка.");
        assertEquals(ukrainian.get(0).group(), ukrainian.get(1).group());
    }

    @Test
    void twoRelativesSideBySideInOneCapitalisedRunAreTwoNames() {
        List<DetectedName> found = new MentionDetector().detect(
                "Вдова политика Олега Коваленского Марина Коваленская выступила. Коваленская заявила, что не уедет.");
        assertEquals(List.of("Олега Коваленского", "Марина Коваленская", "Коваленская"),
                found.stream().map(DetectedName::text).toList());
        assertEquals(found.get(1).group(), found.get(2).group(), "her repeat follows her, not her husband");
        assertEquals(List.of("Luiz Inacio Lula Silva"), names("President Luiz Inacio Lula Silva spoke."));
    }

    @Test
    void aLoneFeminineFamilyNameDoesNotRepeatTheMansFullName() {
        List<DetectedName> found = new MentionDetector().detect("Міністр Олег Коваленський заявив. Депутати привітали Коваленська.");
        assertTrue(found.size() < 2 || found.get(1).group() != found.get(0).group(), found.toString());
    }

    @Test
    void aTurkishCaseSuffixAfterAnApostropheIsNotPartOfTheName() {
        assertEquals(List.of("Vladimir Petrov", "Petrov"),
                names("Dışişleri Bakanı Vladimir Petrov, İstanbul'da konuştu. Erdoğan'ın danışmanı Petrov'a teşekkür etti.")
                        .stream().filter(n -> n.contains("Petrov")).toList());
    }

    @Test
    void outsideTurkishTextAnApostropheInsideANameStays() {
        assertEquals(List.of("Ma'ruf Amin"), names("Vice President Ma'ruf Amin spoke in Jakarta on Monday."));
        assertEquals(List.of("Ahmad Shafi'i"), names("The preacher Ahmad Shafi'i spoke."));
    }

    @Test
    void digitsAreNeverPartOfAName() {
        assertEquals(List.of("李文"), names("外交部长李文26日在北京会见了代表团。"));
    }

    @Test
    void aFamilyNameWrittenInCapitalsAfterTheGivenNamesEndsTheName() {
        assertEquals(List.of("Boris Olegovich KALININ"), names("Minister Boris Olegovich KALININ arrived in Minsk on Monday."));
        assertEquals(List.of("Charles III"), names("King Charles III arrived in Ottawa on Monday."));
    }

    @Test
    void initialsWrittenTogetherBelongToTheNameButLettersAloneAreNoName() {
        assertEquals(List.of("B.O. Kalinin", "B. Kalinin"), names("Minister B.O. Kalinin held talks. B. Kalinin said little."));
        assertEquals(List.of(), names("U.S. officials and U.N. agencies met in the U.K. on Monday."));
    }

    @Test
    void aGenitiveFamilyNameBeforeAGermanNounRepeatsTheFullNameWithoutTheNoun() {
        List<DetectedName> found = new MentionDetector().detect(
                "Kanzler Anton Brauer reiste nach Paris. Brauers Angebot sei unklar, hieß es.");
        assertEquals(List.of("Anton Brauer", "Brauers"), found.stream().map(DetectedName::text).toList());
        assertEquals(found.get(0).group(), found.get(1).group());
    }

    @Test
    void aFamilyNameInCapitalsAloneRepeatsTheFullNameWrittenSoEarlier() {
        List<DetectedName> found = new MentionDetector().detect(
                "President Boris Olegovich KALININ arrived on Monday. KALININ stressed the need for talks. The MFA agreed.");
        assertEquals(List.of("Boris Olegovich KALININ", "KALININ"), found.stream().map(DetectedName::text).toList());
        assertEquals(found.get(0).group(), found.get(1).group());
    }

    @Test
    void aNameAfterALowerCaseHeadOfASquareOrAPartyNamesThePlaceOrTheParty() {
        // "Flowers were laid at the monument on Kim Il Sung Square": Russian writes the square first, in lower case.
        assertEquals(List.of(), names("Цветы возложили к монументу на площади Ким Ир Сена."));
        assertEquals(List.of(), names("Cientos de personas se reunieron en la plaza Nelson Mandela."));
        // English adjectives that head organisations when capitalised do not head a name in lower case.
        assertEquals(List.of("Boris Kalinin"), names("The minister of foreign Boris Kalinin will go to Riyadh."));
    }

    @Test
    void initialsInCapitalsRepeatTheOnlyEarlierFullNameTheySpell() {
        List<DetectedName> found = new MentionDetector().detect(
                "Crown Prince Khalid bin Faisal arrived on Monday. Officials close to KBF said the talks went well.");
        assertEquals(List.of("Khalid bin Faisal", "KBF"), found.stream().map(DetectedName::text).toList());
        assertEquals(found.get(0).group(), found.get(1).group());
        // Letters in capitals that spell no name of the article are no name.
        assertEquals(List.of("Khalid bin Faisal"), names("Crown Prince Khalid bin Faisal arrived. The KTX line was closed."));
        assertEquals(List.of(), names("Officials close to KBF said the talks went well."));
    }

    @Test
    void aNominativeRepeatsAnEarlierDeclinedFullNameRatherThanALaterRunEndingInIt() {
        // Czech: "... met Marek Dvořák. Dvořák repeated ... About a meeting with Petr Novák Dvořák refused to talk."
        List<DetectedName> found = new MentionDetector().detect("Premiér jednal s Markem Dvořákem. Dvořák zopakoval, že nepodpoří "
                + "další sankce. O možné schůzce s Petrem Novákem Dvořák odmítl mluvit.");
        assertEquals("Dvořák", found.get(1).text());
        assertEquals(found.get(0).group(), found.get(1).group(), found.toString());
    }

    @Test
    void aLoneFamilyNameWithAHungarianSuffixRepeatsTheFullName() {
        // "Prime minister Ferenc Kertész travelled to Paris on Monday. With Kertész came the foreign minister too."
        List<DetectedName> found = new MentionDetector().detect(
                "Kertész Ferenc miniszterelnök hétfőn Párizsba utazott. Kertésszel együtt érkezett a külügyminiszter is.");
        assertEquals(List.of("Kertész Ferenc", "Kertésszel"), found.stream().map(DetectedName::text).toList());
        assertEquals(found.get(0).group(), found.get(1).group());
    }

    @Test
    void theLettersOfAnArticlesCommonWordsTellHowItDeclinesNames() {
        assertEquals(LatinDeclension.SLAVIC, LatinDeclension.of("Premier spotkał się z Wiktorem Kowalczykiem w środę."));
        assertEquals(LatinDeclension.HUNGARIAN, LatinDeclension.of("Kertész Ferenc hétfőn Párizsba utazott."));
        assertEquals(LatinDeclension.NONE, LatinDeclension.of("Minister Zoltán Győri arrived in Paris on Monday."));
    }

    @Test
    void theFathersNameOfANasabRepeatsTheSonOnlyWithItsBin() {
        List<DetectedName> found = new MentionDetector().detect(
                "Crown Prince Khalid bin Faisal arrived on Monday. King Faisal received him. Officials close to bin Faisal said little.");
        assertEquals(List.of("Khalid bin Faisal", "Faisal", "bin Faisal"), found.stream().map(DetectedName::text).toList());
        assertTrue(found.get(1).group() != 0, "King Faisal is the father: " + found);
        assertEquals(0, found.get(2).group(), found.toString());
    }

    @Test
    void aGenitiveWithSOfAFamilyNameRepeatsTheFullName() {
        // Dutch: "Prime minister Anton Brauer travelled to Paris on Monday. Brauer's spokesman said the talks went well."
        List<DetectedName> found = new MentionDetector().detect(
                "Premier Anton Brauer reisde maandag naar Parijs. Brauers woordvoerder zei dat de gesprekken goed verliepen.");
        assertEquals(List.of("Anton Brauer", "Brauers"), found.stream().map(DetectedName::text).toList());
        assertEquals(found.get(0).group(), found.get(1).group());
        assertEquals(List.of(), names("Brauers woordvoerder zei dat de gesprekken goed verliepen."));
    }

    @Test
    void prepositionsOpeningASentenceInOtherLanguagesAreNoNameWords() {
        assertEquals(List.of("Tomás Ibarra", "Ibarra"), names("El ministro Tomás Ibarra llegó. Con Ibarra viajó una delegación."));
        assertEquals(List.of("Anton Brauer", "Brauer"), names("Anton Brauer reiste nach Paris. Mit Brauer kam eine Delegation."));
    }

    @Test
    void accordingToInOtherLanguagesIsNoNameWord() {
        assertEquals(List.of("Tomás Ibarra", "Ibarra"), names("El ministro Tomás Ibarra llegó. Según Ibarra, la cumbre fue un éxito."));
        // "Według" is no name word, and "Kaliniaka" is a declined repeat of "Borys Kaliniak".
        assertEquals(List.of("Borys Kaliniak", "Kaliniaka"), names("Borys Kaliniak przyjechał. Według Kaliniaka rozmowy trwały długo."));
    }

    @Test
    void anArticleThatWritesAKnownNameInLowerCaseWritesItsRepeatsSoToo() {
        MentionDetector detector = new MentionDetector(InMemoryKnownNames.of("Boris Kaliniak"));
        assertEquals(List.of("boris kaliniak", "kaliniak"), names(detector,
                "the president of examplia boris kaliniak said on friday that \"kaliniak will not resign\"."));
        // A lower-case word is never a name on its own: without the full name before it, nothing is found.
        assertEquals(List.of(), names(detector, "critics say kaliniak will not resign."));
    }
}

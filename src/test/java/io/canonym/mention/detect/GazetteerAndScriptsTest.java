package io.canonym.mention.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.canonym.mention.detect.Detect.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names the caller's gazetteer knows, and names in scripts other than Latin. */
class GazetteerAndScriptsTest {
    private final MentionDetector withGazetteer = new MentionDetector(
            InMemoryKnownNames.of("Voldimi Zelensky", "Kim Jong-un", "Sergei Shoigu", "Jordan Bardella"));

    @Test
    void lowerCasedKnownNamesAreFoundThroughTheGazetteer() {
        List<DetectedName> found = withGazetteer.detect("talks with voldimi zelensky and kim jong un ended late.");
        assertEquals(List.of("voldimi zelensky", "kim jong un"), found.stream().map(DetectedName::text).toList());
        assertTrue(found.get(0).evidence().contains(Evidence.GAZETTEER));
    }

    @Test
    void aLowerCaseGivenNameBeforeACapitalisedKnownFamilyNameBelongsToTheName() {
        assertEquals(List.of("sergei Shoigu"), names(withGazetteer, "Security Council secretary sergei Shoigu said so."));
        assertEquals(List.of("kim Jong-un"), names(withGazetteer, "The leader kim Jong-un arrived."));
    }

    @Test
    void aLowerCaseWordBeforeACapitalisedNameStaysOutUnlessTheGazetteerKnowsThemTogether() {
        assertEquals(List.of("Shoigu"), names(withGazetteer, "Then sergei met minister Shoigu."));
        assertEquals(List.of("Sergei Shoigu"), names(withGazetteer, "They told Sergei Shoigu so."));
    }

    @Test
    void withoutTheGazetteerLowerCaseWordsAreNotNames() {
        assertEquals(List.of(), names("talks with voldimi zelensky and kim jong un ended late."));
    }

    @Test
    void theGazetteerNeverTurnsAListedPlaceOrAMonthIntoAPerson() {
        MentionDetector detector = new MentionDetector(InMemoryKnownNames.of("Jordan", "May", "Georgia"));
        assertEquals(List.of(), names(detector, "Jordan and Georgia signed a deal in May."));
    }

    @Test
    void aKnownNameContainingAPlaceWordIsStillFoundWhole() {
        assertEquals(List.of("jordan bardella"), names(withGazetteer, "a speech by jordan bardella drew crowds."));
    }

    @Test
    void cyrillicNamesInRussianText() {
        assertEquals(List.of("Владимир Путин", "Сергеем Шойгу"),
                names("Президент России Владимир Путин встретился с министром Сергеем Шойгу в Москве."));
    }

    @Test
    void greekNamesInGreekText() {
        assertEquals(List.of("Κυριάκος Μητσοτάκης"), names("Ο πρωθυπουργός Κυριάκος Μητσοτάκης μίλησε στην Αθήνα."));
    }

    @Test
    void hangulNamesBesideTitlesWithTheirParticleLeftOut() {
        List<DetectedName> found = new MentionDetector().detect("북한 김정은 국무위원장은 러시아의 쇼이구 서기를 평양에서 만났다.");
        assertEquals(List.of("김정은", "쇼이구"), found.stream().map(DetectedName::text).toList());
        assertEquals(NameShape.FULL_NAME, found.get(0).shape());
        assertEquals("국무위원장", found.get(0).roles().get(0).text());
        assertEquals(List.of("김여정"), names("김여정 부부장이 담화를 발표했다."));
    }

    @Test
    void hanNamesAfterAndBeforeTitles() {
        assertEquals(List.of("习近平", "普京", "习近平"), names("中国国家主席习近平在北京会见了俄罗斯总统普京。习近平主席表示欢迎。"));
        assertEquals(List.of("王毅"), names("外交部长王毅表示，中方支持和平。"));
        assertEquals(List.of("弗拉基米尔·普京"), names("俄罗斯总统弗拉基米尔·普京表示同意。"));
    }

    @Test
    void formerOrDeputyBetweenAHanNameAndItsTitleBelongsToTheTitle() {
        assertEquals(List.of("石破茂"), names("石破茂前首相は27日、東京都内で講演した。"));
        assertEquals(List.of("安倍晋三"), names("安倍晋三元首相の国葬が行われた。"));
        assertEquals(List.of("岸田文雄"), names("岸田文雄首相は会見で述べた。"));
        assertEquals(List.of("習近平"), names("首脳会談（習近平両氏）に触れた。"));
        assertEquals(List.of("李强"), names("国务院总理李强当天会见了代表团。"));
    }

    @Test
    void inJapaneseTheFamilyNameAloneRefersToTheFullNameBeforeIt() {
        List<DetectedName> found = new MentionDetector().detect("石破茂前首相は27日に講演した。石破氏は在任中の経験に触れた。");
        assertEquals(List.of("石破茂", "石破"), found.stream().map(DetectedName::text).toList());
        assertEquals(found.get(0).group(), found.get(1).group());
        List<DetectedName> chinese = new MentionDetector().detect("外交部长王毅夫表示同意。记者王毅说。");
        assertTrue(chinese.get(0).group() != chinese.get(1).group(), "in Chinese two characters are a full name of their own");
    }

    @Test
    void hanPlacesBeforeATitleAreNotNames() {
        assertEquals(List.of(), names("美国总统表示同意。"));
    }

    @Test
    void arabicHebrewAndDevanagariNamesAfterTitles() {
        assertEquals(List.of("بشار الأسد"), names("وقال الرئيس السوري بشار الأسد إن دمشق ترحب."));
        assertEquals(List.of("بنيامين نتنياهو"), names("قال رئيس الوزراء بنيامين نتنياهو في القدس."));
        assertEquals(List.of("בנימין נתניהו"), names("ראש הממשלה בנימין נתניהו אמר כי ישראל תגיב."));
        assertEquals(List.of("नरेंद्र मोदी"), names("प्रधानमंत्री नरेंद्र मोदी ने दिल्ली में कहा।"));
    }

    @Test
    void nativeScriptNamesTheGazetteerKnowsAreFoundWithoutATitle() {
        MentionDetector detector = new MentionDetector(InMemoryKnownNames.of("Сергей Шойгу", "Зеленский"));
        assertEquals(List.of("сергей шойгу"), names(detector, "вчера сергей шойгу прибыл."));
    }

    // ---- words joined by zero width (non-)joiners; names after titles in scripts without capitals ----

    @Test
    void aZeroWidthNonJoinerIsInsideAPersianWordNotBetweenTwoWords() {
        List<Word> words = WordSplitter.split("حسین نوری\u200Cزاده آمد");
        assertEquals(List.of("حسین", "نوری\u200Cزاده", "آمد"), words.stream().map(Word::text).toList());
    }

    @Test
    void aPersianNameWithAZeroWidthNonJoinerIsFoundWholeAfterAPersianTitle() {
        MentionDetector detector = new MentionDetector(InMemoryKnownNames.of("حسین نوری\u200Cزاده"));
        assertEquals(List.of("حسین نوری\u200Cزاده"),
                names(detector, "آیت\u200Cالله حسین نوری\u200Cزاده روز شنبه در قم سخنرانی کرد."));
    }

    @Test
    void aVerbAfterAKnownNameInHebrewIsNotTakenIntoTheName() {
        MentionDetector detector = new MentionDetector(InMemoryKnownNames.of("דוד לוינסון"));
        // "The president David Levinson made a speech": no capitals show that the name ends before the verb.
        assertEquals(List.of("דוד לוינסון"), names(detector, "הנשיא דוד לוינסון נשא דברים בטקס."));
        // Without the gazetteer nothing shows where the name ends: three words after a title are taken.
        assertEquals(List.of("דוד לוינסון נשא"), names("הנשיא דוד לוינסון נשא דברים בטקס."));
    }

    @Test
    void aLoneFamilyNameInHebrewRepeatsTheFullNameFoundEarlierButNotInsideARelativesName() {
        MentionDetector detector = new MentionDetector(InMemoryKnownNames.of("דוד לוינסון"));
        // "David Levinson arrived in Jerusalem yesterday. Levinson said that the talks went well. Michael Levinson
        // did not come." Nothing but the word before shows where another Levinson's name begins.
        String body = "דוד לוינסון הגיע אתמול לירושלים. לוינסון אמר כי השיחות עברו היטב. מיכאל לוינסון לא הגיע.";
        assertEquals(List.of("דוד לוינסון", "לוינסון"), names(detector, body));
    }

    @Test
    void aKnownNameAfterTheWordForPartyNamesTheParty() {
        // "Supporters of Hezbollah (party of God) marked the anniversary": "الله" is a word of "نصر الله", not him.
        MentionDetector detector = new MentionDetector(InMemoryKnownNames.of("حسن نصر الله", "الله"));
        assertEquals(List.of(), names(detector, "أحيا أنصار حزب الله الذكرى."));
    }

    @Test
    void knownHanNamesAreFoundInsideUnspacedTextWithOrWithoutATitle() {
        MentionDetector detector = new MentionDetector(InMemoryKnownNames.of("王敏", "金正哲"));
        // "Foreign minister Wang Min took part in the talks": three characters after the title would take in "参".
        assertEquals(List.of("王敏"), names(detector, "外交部长王敏参加了会谈。"));
        // "Yesterday Kim Jong-chol said he was willing to talk": no title, and the name is inside a run of characters.
        assertEquals(List.of("金正哲"), names(detector, "昨天金正哲表示愿意对话。"));
        assertEquals(List.of(), names("昨天金正哲表示愿意对话。"));
        // Without the gazetteer the title rule takes three characters.
        assertEquals(List.of("王敏参"), names("外交部长王敏参加了会谈。"));
    }

    @Test
    void aKinshipWordWithAJoinedConjunctionIntroducesTheRelativesOwnName() {
        // "Prime Minister David Levinson and his wife Michal Levinson took part in the ceremony."
        MentionDetector detector = new MentionDetector(InMemoryKnownNames.of("דוד לוינסון", "לוינסון"));
        List<DetectedName> found = detector.detect("ראש הממשלה דוד לוינסון ורעייתו מיכל לוינסון השתתפו בטקס.");
        assertEquals(List.of("דוד לוינסון", "מיכל לוינסון"), found.stream().map(DetectedName::text).toList());
        assertEquals("ורעייתו", found.get(1).roles().get(found.get(1).roles().size() - 1).text());
        assertEquals(NameShape.FULL_NAME, found.get(1).shape());
    }
}

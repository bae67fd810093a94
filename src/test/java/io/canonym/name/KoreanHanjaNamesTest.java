package io.canonym.name;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Korean names written in Chinese characters (Hanja), in the query and in stored names; Chinese names unchanged. */
class KoreanHanjaNamesTest {
    static final long KIM_JONG_UN = 1, KIM_YO_JONG = 2, KIM_JONG_IL = 3, LEE_JAE_MYUNG = 4, YOON_SUK_YEOL = 5,
            XI = 6, WANG_YI = 7, LI_QIANG = 8, RYU_HYUN_JUN = 9, NAMGUNG_SU_JIN = 10, PARK_MIN_SEO = 11;

    static NameIndex index;
    static NameResolver resolver;
    private static long variant = 1;

    @BeforeAll
    static void buildIndex() {
        index = new NameIndex();
        add(index, KIM_JONG_UN, "Kim Jong Un");
        add(index, KIM_JONG_UN, "김정은");
        add(index, KIM_YO_JONG, "Kim Yo Jong");
        add(index, KIM_JONG_IL, "Kim Jong Il");
        add(index, LEE_JAE_MYUNG, "Lee Jae-myung");
        add(index, YOON_SUK_YEOL, "Yoon Suk-yeol");
        add(index, XI, "Xi Jinping");
        add(index, XI, "习近平");
        add(index, WANG_YI, "Wang Yi");
        add(index, LI_QIANG, "Li Qiang");
        // Invented people.
        add(index, RYU_HYUN_JUN, "Ryu Hyun-jun");
        add(index, NAMGUNG_SU_JIN, "남궁수진");
        add(index, PARK_MIN_SEO, "Park Min-seo");
        resolver = new NameResolver(index);
    }

    private static void add(NameIndex into, long person, String spelling) {
        assertTrue(into.add(person, variant++, spelling), spelling);
    }

    private static void assertMatch(NameResolver r, String query, long person) {
        Resolution res = r.resolve(query, 5);
        assertFalse(res.candidates().isEmpty(), query + ": no candidates");
        assertEquals(person, res.candidates().get(0).personId(), query + " -> " + res);
        assertEquals(Decision.MATCH, res.decision(), query + " -> " + res);
    }

    @Test
    void koreanNameInHanjaResolvesToThePersonStoredInHangulOrLatin() {
        assertMatch(resolver, "金正恩", KIM_JONG_UN);
        assertMatch(resolver, "李在明", LEE_JAE_MYUNG);
        assertMatch(resolver, "尹錫悅", YOON_SUK_YEOL);
        assertMatch(resolver, "尹锡悦", YOON_SUK_YEOL); // simplified, as Chinese papers write it
        assertMatch(resolver, "金與正", KIM_YO_JONG);
        assertMatch(resolver, "金与正", KIM_YO_JONG);
    }

    @Test
    void theSurnameReadWithoutTheInitialSoundLawFindsItsCustomarySpelling() {
        assertMatch(resolver, "柳賢俊", RYU_HYUN_JUN); // 유현준 or 류현준
        assertMatch(resolver, "朴敏序", PARK_MIN_SEO);
    }

    @Test
    void aKoreanCompoundSurnameInHanjaIsReadAsOne() {
        assertEquals("namgung su jin", new NameNormalizer().normalize("南宮秀珍").readings().get(1).text());
        assertMatch(resolver, "南宮秀珍", NAMGUNG_SU_JIN);
    }

    @Test
    void chineseNamesStillResolveByPinyin() {
        assertMatch(resolver, "习近平", XI);
        assertMatch(resolver, "習近平", XI);
        assertMatch(resolver, "王毅", WANG_YI);
        assertMatch(resolver, "李强", LI_QIANG);
        assertMatch(resolver, "李強", LI_QIANG);
    }

    @Test
    void aStoredHanjaNameIsFoundFromItsRomanisation() {
        NameIndex hanja = new NameIndex();
        add(hanja, KIM_JONG_UN, "金正恩");
        add(hanja, KIM_JONG_IL, "金正日");
        add(hanja, YOON_SUK_YEOL, "尹錫悅");
        add(hanja, LEE_JAE_MYUNG, "李在明");
        add(hanja, XI, "習近平");
        NameResolver r = new NameResolver(hanja);
        assertMatch(r, "Kim Jong-un", KIM_JONG_UN);
        assertMatch(r, "김정은", KIM_JONG_UN);
        assertMatch(r, "Kim Jong Il", KIM_JONG_IL);
        assertMatch(r, "Yoon Suk-yeol", YOON_SUK_YEOL);
        assertMatch(r, "윤석열", YOON_SUK_YEOL);
        assertMatch(r, "Lee Jae-myung", LEE_JAE_MYUNG);
        assertMatch(r, "Xi Jinping", XI);
    }

    @Test
    void pinyinStaysTheFirstReadingAndTheKoreanOneSaysHowItWasRead() {
        List<NameReading> readings = new NameNormalizer().normalize("金正恩").readings();
        assertEquals("jin zhengen", readings.get(0).text());
        assertEquals("Chinese characters via Han-Latin (pinyin)", readings.get(0).how());
        assertEquals("kim jeong eun", readings.get(1).text());
        assertEquals("Chinese characters read as Korean Hanja", readings.get(1).how());
        assertTrue(readings.get(1).tokens().get(0).surname());
        List<NameReading> lee = new NameNormalizer().normalize("李在明").readings();
        assertEquals(List.of("li zaiming", "lee jae myeong", "ri jae myeong"), lee.stream().map(NameReading::text).toList());
    }

    @Test
    void aHanWordWithACharacterWithoutAKoreanReadingKeepsOnlyItsPinyin() {
        assertEquals(1, new NameNormalizer().normalize("习近平").readings().size()); // 习 is not in the table
        assertEquals(1, new NameNormalizer().normalize("金").readings().size()); // one character: no name to read
        assertTrue(HanjaReadings.get().hangul("金正恩習近平").isEmpty()); // longer than a Korean name
    }

    @Test
    void theTableCoversCommonSurnamesAndGivenNameCharacters() {
        HanjaReadings table = HanjaReadings.get();
        assertTrue(table.size() >= 800, "characters: " + table.size());
        assertEquals(List.of("이재명", "리재명"), table.hangul("李在明"));
        assertEquals(List.of("김정은"), table.hangul("金正恩"));
        assertEquals(List.of("윤석열"), table.hangul("尹锡悦"));
        assertEquals(List.of("제갈성"), table.hangul("諸葛成"));
        assertEquals(List.of("선우민"), table.hangul("鮮于旼"));
        assertNull(table.of('习'));
        assertTrue(HanjaReadings.initialSoundLawPair('이', '리'));
        assertTrue(HanjaReadings.initialSoundLawPair('노', '로'));
        assertTrue(HanjaReadings.initialSoundLawPair('여', '녀'));
        assertFalse(HanjaReadings.initialSoundLawPair('김', '금'));
        assertFalse(HanjaReadings.initialSoundLawPair('심', '침'));
    }
}

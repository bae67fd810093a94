package io.canonym.name;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runtime editing and search-as-you-type on the in-memory index. */
class NameIndexTest {

    private static NameIndex sample() {
        NameIndex index = new NameIndex();
        index.add(1, 11, "Sergei Shoigu");
        index.add(2, 21, "Volodymyr Zelensky");
        index.add(3, 31, "Vladimir Putin");
        index.add(4, 41, "Sergei Lavrov");
        return index;
    }

    @Test
    void resolvesASpellingAddedAtRuntimeImmediately() {
        NameIndex index = sample();
        NameResolver resolver = new NameResolver(index);
        assertNotEquals(Decision.MATCH, resolver.resolve("Xuyg Tzzq", 3).decision());
        index.add(5, 51, "Xuyg Tzzq");
        Resolution r = resolver.resolve("Xuyg Tzzq", 3);
        assertEquals(Decision.MATCH, r.decision());
        assertEquals(5, r.candidates().get(0).personId());
    }

    @Test
    void forgetsARemovedSpelling() {
        NameIndex index = sample();
        NameResolver resolver = new NameResolver(index);
        assertTrue(index.remove(31));
        assertFalse(index.remove(31));
        Resolution r = resolver.resolve("Vladimir Putin", 3);
        assertTrue(r.candidates().stream().noneMatch(c -> c.personId() == 3), r.toString());
        assertEquals(3, index.size());
    }

    @Test
    void replacesASpellingAddedTwiceUnderOneVariantId() {
        NameIndex index = sample();
        index.add(3, 31, "Wladimir Putin");
        assertEquals(4, index.size());
        assertEquals("Wladimir Putin", new NameResolver(index).resolve("Putin", 1).candidates().get(0).matchedVariant());
    }

    @Test
    void refusesSpellingsWithoutNameContent() {
        NameIndex index = sample();
        assertFalse(index.add(9, 91, " 😀 \u0000 "));
        assertEquals(4, index.size());
    }

    @Test
    void findsPeopleByPrefixInAnyScriptOrConvention() {
        NameIndex index = sample();
        assertEquals(1, first(index.prefixSearch("шойг", 5)));
        assertEquals(1, first(index.prefixSearch("Schoi", 5)));
        assertEquals(2, first(index.prefixSearch("zelensk", 5)));
        assertEquals(2, first(index.prefixSearch("Зеленськ", 5)));
    }

    @Test
    void narrowsPrefixSearchByEarlierCompleteWords() {
        NameIndex index = sample();
        List<PrefixMatch> sergeis = index.prefixSearch("Serg", 10);
        assertEquals(2, sergeis.size());
        assertEquals(4, first(index.prefixSearch("Sergei Lav", 10)));
        assertEquals(1, index.prefixSearch("Sergei Lav", 10).size());
    }

    @Test
    void aSearchCutShortIsThePrefixOfALongerOne() {
        // Namesakes with one to three spellings each, many of equal rank, added in an order unrelated to their ids:
        // where the ranking is cut must not change what comes first.
        NameIndex index = new NameIndex();
        String[] given = {"Min", "Mina", "Minho", "Minji", "Minsu", "Minjun", "Minseo", "Minwoo", "Mun", "Myung"};
        java.util.Random random = new java.util.Random(11);
        long variant = 1;
        for (int i = 0; i < 300; i++) {
            long person = (i * 7919L) % 300 + 1;
            for (int v = 0, n = 1 + random.nextInt(3); v < n; v++) {
                index.add(person, variant++, "Kim " + given[random.nextInt(given.length)]);
            }
        }
        for (String typed : new String[] {"Kim M", "Kim Min", "Kim Minj", "kim", "Kim My"}) {
            List<PrefixMatch> all = index.prefixSearch(typed, 1000);
            for (int k = 1; k <= 80; k++) {
                assertEquals(all.subList(0, Math.min(k, all.size())), index.prefixSearch(typed, k), typed + ", first " + k);
            }
        }
    }

    @Test
    void returnsNothingForAnEmptyPrefix() {
        assertTrue(sample().prefixSearch("  ", 5).isEmpty());
    }

    private static long first(List<PrefixMatch> hits) {
        assertFalse(hits.isEmpty(), "no prefix hits");
        return hits.get(0).personId();
    }

    @Test
    void knowsWhichVariantsItHasAndWithWhichSpelling() {
        NameIndex index = sample();
        assertTrue(index.contains(11));
        assertFalse(index.contains(99));
        assertTrue(index.hasVariant(11, "Sergei Shoigu"));
        assertFalse(index.hasVariant(11, "Sergey Shoigu"));
        assertFalse(index.hasVariant(99, "Sergei Shoigu"));
        index.add(1, 11, "Sergey Shoigu");
        assertTrue(index.hasVariant(11, "Sergey Shoigu"));
        index.remove(11);
        assertFalse(index.contains(11));
        assertFalse(index.hasVariant(11, "Sergey Shoigu"));
    }

    @Test
    void bulkLoadStoresEverythingInOrderLikeAdd() {
        NameIndex bulk = new NameIndex();
        NameIndex.BulkLoad load = bulk.bulkLoad();
        for (int i = 0; i < 5000; i++) { // several batches
            load.add(i, i, (i % 2 == 0 ? "Сергей Шойгу " : "Vladimir Putin ") + "x" + Integer.toString(i, 36));
        }
        load.add(7, 7, "Volodymyr Zelensky"); // replaces variant 7 queued earlier
        load.add(8, 8, "!!!");                // no name content: replaces variant 8 with nothing
        assertEquals(5001, load.finish()); // spellings with name content, replacements included
        assertEquals(4999, bulk.size());
        assertTrue(bulk.hasVariant(7, "Volodymyr Zelensky"));
        assertFalse(bulk.contains(8));
        assertEquals(7, new NameResolver(bulk).resolve("Zelensky", 5).candidates().get(0).personId());
        assertTrue(bulk.prefixSearch("шойг", 5).size() > 0);
    }
}

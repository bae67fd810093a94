package io.canonym.name;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlotScoresTest {

    @Test
    void ranksSlotsByEvidenceCountingEachQueryWordOnce() {
        SlotScores scores = new SlotScores(4);
        scores.credit(7, 0, 1.0, true);
        scores.credit(7, 0, 1.0, true); // the same word through another key
        scores.credit(3, 0, 0.5, true);
        scores.credit(3, 1, 0.8, true);
        scores.credit(9, 1, 0.2, false); // not admitted

        assertArrayEquals(new int[] {3, 7}, scores.top(5));
    }

    @Test
    void equalEvidenceRanksTheLowerSlotFirstWhateverTheOrderOfArrival() {
        SlotScores scores = new SlotScores(4);
        for (int slot : new int[] {40, 12, 33, 5, 21}) {
            scores.credit(slot, 0, 1.0, true);
        }
        assertArrayEquals(new int[] {5, 12, 21}, scores.top(3));
    }

    @Test
    void keepsEverySlotWhenItGrowsAndForgetsThemAllWhenCleared() {
        SlotScores scores = new SlotScores(4);
        for (int slot = 0; slot < 5_000; slot++) {
            scores.credit(slot, 0, slot, true);
        }
        assertEquals(5_000, scores.size());
        assertArrayEquals(new int[] {4_999, 4_998}, scores.top(2));

        scores.clear();
        assertEquals(0, scores.size());
        scores.credit(42, 0, 1.0, true);
        scores.creditExisting(slot -> true, 1, 2.0);
        assertArrayEquals(new int[] {42}, scores.top(5));
        scores.credit(4_999, 1, 1.0, false);
        assertEquals(1, scores.size());
    }

    @Test
    void aTableKeptFromALargePoolHoldsNothingOfItForTheNextQueries() {
        SlotScores scores = new SlotScores(4);
        for (int round = 0; round < 3; round++) {
            int base = round * 100_000;
            for (int slot = base; slot < base + 20_000; slot++) {
                scores.credit(slot, 0, 1.0, true);
            }
            assertEquals(20_000, scores.size());
            scores.credit(base + 7, 1, 1.0, true);
            assertArrayEquals(new int[] {base + 7, base}, scores.top(2));
            scores.clear();
            // A small query after the large one: none of the large pool's slots is there to credit.
            scores.credit(base + 1, 2, 1.0, false);
            scores.credit(base + 3, 2, 1.0, true);
            scores.creditExisting(slot -> true, 3, 1.0);
            assertEquals(1, scores.size());
            assertArrayEquals(new int[] {base + 3}, scores.top(5));
            scores.clear();
        }
    }
}

package io.canonym.name;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bounded best-people list behind search-as-you-type. */
class TopPeopleTest {

    private static int[] slots(TopPeople top) {
        int[] positions = top.bestFirst();
        int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = top.slot(positions[i]);
        }
        return out;
    }

    @Test
    void keepsEachPersonOnceUnderTheirBestVariant() {
        TopPeople top = new TopPeople(3);
        top.offer(1, 10, 0.5);
        top.offer(1, 11, 0.9);
        top.offer(1, 12, 0.7);
        top.offer(2, 20, 0.8);
        assertArrayEquals(new int[] {11, 20}, slots(top));
    }

    @Test
    void dropsTheWorstPersonWhenFullAndTellsTheFloor() {
        TopPeople top = new TopPeople(2);
        assertEquals(Double.NEGATIVE_INFINITY, top.floor());
        top.offer(1, 10, 0.5);
        top.offer(2, 20, 0.7);
        assertEquals(0.5, top.floor());
        top.offer(3, 30, 0.6);
        assertArrayEquals(new int[] {20, 30}, slots(top));
        top.offer(4, 40, 0.6); // not better than the floor: stays out
        assertArrayEquals(new int[] {20, 30}, slots(top));
    }

    @Test
    void amongEqualRanksTheLowerPersonIdLeadsWhateverTheOrderOfOffers() {
        TopPeople top = new TopPeople(5);
        top.offer(7, 70, 0.5);
        top.offer(3, 30, 0.5);
        top.offer(9, 90, 0.5);
        assertArrayEquals(new int[] {30, 70, 90}, slots(top));
    }

    @Test
    void aLowerPersonIdOfEqualRankTakesTheLastPlaceWhenFull() {
        TopPeople top = new TopPeople(2);
        top.offer(5, 50, 0.5);
        top.offer(6, 60, 0.5);
        top.offer(4, 40, 0.5);
        assertArrayEquals(new int[] {40, 50}, slots(top));
    }

    @Test
    void agreesWithSortingEverythingOnRandomOffers() {
        Random random = new Random(3);
        for (int round = 0; round < 50; round++) {
            int k = 1 + random.nextInt(20);
            TopPeople top = new TopPeople(k);
            Map<Long, double[]> best = new HashMap<>(); // person -> {rank, slot}
            for (int i = 0; i < 300; i++) {
                long person = random.nextInt(60);
                double rank = random.nextInt(1000) / 1000.0 + i * 1e-7; // distinct ranks: an exact expected answer
                top.offer(person, i, rank);
                double[] kept = best.get(person);
                if (kept == null || rank > kept[0]) {
                    best.put(person, new double[] {rank, i});
                }
            }
            List<double[]> expected = new ArrayList<>(best.values());
            expected.sort(Comparator.comparingDouble((double[] e) -> -e[0]));
            int[] expectedSlots = expected.stream().limit(k).mapToInt(e -> (int) e[1]).toArray();
            assertArrayEquals(expectedSlots, slots(top), "round " + round);
        }
    }
}

package io.canonym.name;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bit set that intersects posting lists. */
class SlotBitsTest {

    private static IntList listOf(int... slots) {
        IntList list = new IntList(slots.length);
        for (int s : slots) {
            list.add(s);
        }
        return list;
    }

    @Test
    void containsExactlyTheSlotsOfTheMarkedLists() {
        try (SlotBits bits = new SlotBits(200)) {
            bits.mark(listOf(0, 63, 64, 130));
            bits.mark(listOf(7));
            for (int slot = 0; slot <= 200; slot++) {
                boolean expected = slot == 0 || slot == 63 || slot == 64 || slot == 130 || slot == 7;
                assertTrue(bits.contains(slot) == expected, "slot " + slot);
            }
        }
    }

    @Test
    void aClosedSetLeavesNothingBehindForTheNextUserOnTheThread() {
        try (SlotBits first = new SlotBits(1000)) {
            first.mark(listOf(5, 999));
        }
        try (SlotBits second = new SlotBits(1000)) {
            assertFalse(second.contains(5));
            assertFalse(second.contains(999));
        }
    }

    @Test
    void aNestedSetHasItsOwnBits() {
        try (SlotBits outer = new SlotBits(100)) {
            outer.mark(listOf(3));
            try (SlotBits inner = new SlotBits(100)) {
                assertFalse(inner.contains(3));
                inner.mark(listOf(4));
            }
            assertFalse(outer.contains(4));
            assertTrue(outer.contains(3));
        }
    }
}

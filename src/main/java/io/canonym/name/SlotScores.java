package io.canonym.name;

import java.util.Arrays;

/**
 * Per-query accumulator slot → evidence, an open-addressing int→double map that also remembers which
 * query token last credited a slot, so a token reaching a variant through several keys counts once.
 */
final class SlotScores {
    private int[] keys;
    private double[] scores;
    private int[] lastToken;
    private int size;

    SlotScores(int expected) {
        int cap = Integer.highestOneBit(Math.max(64, expected * 2 - 1)) << 1;
        keys = new int[cap];
        scores = new double[cap];
        lastToken = new int[cap];
        Arrays.fill(keys, -1);
    }

    /** Credits {@code slot} with {@code weight} for query token {@code token}; new slots only if {@code mayAdd}. */
    void credit(int slot, int token, double weight, boolean mayAdd) {
        int mask = keys.length - 1;
        int i = (slot * 0x9E3779B9) >>> 7 & mask;
        while (true) {
            int k = keys[i];
            if (k == slot) {
                if (lastToken[i] != token) {
                    lastToken[i] = token;
                    scores[i] += weight;
                }
                return;
            }
            if (k == -1) {
                if (!mayAdd) {
                    return;
                }
                keys[i] = slot;
                scores[i] = weight;
                lastToken[i] = token;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /** Credits every slot already collected that satisfies {@code has}, without admitting new ones. */
    void creditExisting(java.util.function.IntPredicate has, int token, double weight) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] >= 0 && lastToken[i] != token && has.test(keys[i])) {
                lastToken[i] = token;
                scores[i] += weight;
            }
        }
    }

    int size() {
        return size;
    }

    /** The {@code n} slots with the most evidence, best first. */
    int[] top(int n) {
        int count = Math.min(n, size);
        int[] bestSlots = new int[count];
        double[] bestScores = new double[count];
        int filled = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] < 0) {
                continue;
            }
            double s = scores[i];
            if (filled < count) {
                int j = filled++;
                while (j > 0 && bestScores[j - 1] < s) {
                    bestScores[j] = bestScores[j - 1];
                    bestSlots[j] = bestSlots[j - 1];
                    j--;
                }
                bestScores[j] = s;
                bestSlots[j] = keys[i];
            } else if (count > 0 && s > bestScores[count - 1]) {
                int j = count - 1;
                while (j > 0 && bestScores[j - 1] < s) {
                    bestScores[j] = bestScores[j - 1];
                    bestSlots[j] = bestSlots[j - 1];
                    j--;
                }
                bestScores[j] = s;
                bestSlots[j] = keys[i];
            }
        }
        return bestSlots;
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldScores = scores;
        int[] oldLast = lastToken;
        keys = new int[oldKeys.length * 2];
        scores = new double[keys.length];
        lastToken = new int[keys.length];
        Arrays.fill(keys, -1);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] < 0) {
                continue;
            }
            int i = (oldKeys[j] * 0x9E3779B9) >>> 7 & mask;
            while (keys[i] != -1) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[j];
            scores[i] = oldScores[j];
            lastToken[i] = oldLast[j];
        }
    }
}

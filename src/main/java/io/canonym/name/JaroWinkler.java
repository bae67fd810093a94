package io.canonym.name;

/**
 * Jaro-Winkler similarity, computing exactly what commons-text's {@code JaroWinklerSimilarity} computes (prefix
 * bonus 0.1 for up to four leading characters, applied from a Jaro similarity of 0.7), without its allocations and
 * indirections: comparing spellings is the innermost loop of resolution, run thousands of times per name.
 * {@code JaroWinklerTest} holds the two to the same answers.
 */
final class JaroWinkler {
    private static final double SCALING = 0.1;
    private static final double BOOST_FROM = 0.7;
    /** Leading characters the prefix bonus counts at most. */
    private static final int MAX_PREFIX = 4;

    private JaroWinkler() {
    }

    static double similarity(String first, String second) {
        if (first.equals(second)) {
            return 1.0;
        }
        boolean firstLonger = first.length() > second.length();
        String longer = firstLonger ? first : second;
        String shorter = firstLonger ? second : first;
        int[] counts = longer.length() <= Long.SIZE ? countWithMasks(shorter, longer) : countWithArrays(shorter, longer);
        int matches = counts[0];
        if (matches == 0) {
            return 0;
        }
        int prefix = 0;
        for (int i = 0, n = Math.min(MAX_PREFIX, shorter.length()); i < n && first.charAt(i) == second.charAt(i); i++) {
            prefix++;
        }
        double m = matches;
        double jaro = (m / first.length() + m / second.length() + (m - counts[1] / 2.0) / m) / 3;
        return jaro < BOOST_FROM ? jaro : jaro + SCALING * prefix * (1 - jaro);
    }

    /**
     * The similarity when it is at least {@code floor}, else some value below {@code floor}. Most pairs of names share
     * too few letters to come near the thresholds that make a similarity evidence: counting the shorter word's letters
     * that occur anywhere in the longer one bounds the matches, and so the similarity, in one pass without the match
     * window's inner loop.
     */
    static double similarityFrom(String first, String second, double floor) {
        if (first.isEmpty() || second.isEmpty()) {
            return similarity(first, second);
        }
        boolean firstLonger = first.length() > second.length();
        String longer = firstLonger ? first : second;
        String shorter = firstLonger ? second : first;
        long present = 0;
        for (int i = 0; i < longer.length(); i++) {
            present |= 1L << longer.charAt(i); // letters alias modulo 64: the bound only loosens
        }
        int possible = 0;
        for (int i = 0; i < shorter.length(); i++) {
            possible += (int) (present >>> shorter.charAt(i)) & 1;
        }
        double m = possible;
        // No transpositions and a full prefix: what the matches could give at best.
        double jaro = possible == 0 ? 0 : (m / first.length() + m / second.length() + 1) / 3;
        double bound = jaro < BOOST_FROM ? jaro : jaro + SCALING * MAX_PREFIX * (1 - jaro);
        return bound < floor ? 0 : similarity(first, second);
    }

    /** Matches and half-transpositions, the matched positions kept as bits (the longer word has at most 64 chars). */
    private static int[] countWithMasks(String shorter, String longer) {
        int range = Math.max(longer.length() / 2 - 1, 0);
        long shorterMatched = 0;
        long longerMatched = 0;
        int matches = 0;
        for (int i = 0; i < shorter.length(); i++) {
            char c = shorter.charAt(i);
            for (int j = Math.max(i - range, 0), end = Math.min(i + range + 1, longer.length()); j < end; j++) {
                if ((longerMatched & 1L << j) == 0 && c == longer.charAt(j)) {
                    shorterMatched |= 1L << i;
                    longerMatched |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        int halfTranspositions = 0;
        long a = shorterMatched;
        long b = longerMatched;
        while (a != 0) {
            int i = Long.numberOfTrailingZeros(a);
            int j = Long.numberOfTrailingZeros(b);
            halfTranspositions += shorter.charAt(i) != longer.charAt(j) ? 1 : 0;
            a &= a - 1;
            b &= b - 1;
        }
        return new int[] {matches, halfTranspositions};
    }

    private static int[] countWithArrays(String shorter, String longer) {
        int range = Math.max(longer.length() / 2 - 1, 0);
        boolean[] shorterMatched = new boolean[shorter.length()];
        boolean[] longerMatched = new boolean[longer.length()];
        int matches = 0;
        for (int i = 0; i < shorter.length(); i++) {
            char c = shorter.charAt(i);
            for (int j = Math.max(i - range, 0), end = Math.min(i + range + 1, longer.length()); j < end; j++) {
                if (!longerMatched[j] && c == longer.charAt(j)) {
                    shorterMatched[i] = true;
                    longerMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        int halfTranspositions = 0;
        for (int i = 0, j = 0; i < shorter.length(); i++) {
            if (shorterMatched[i]) {
                while (!longerMatched[j]) {
                    j++;
                }
                halfTranspositions += shorter.charAt(i) != longer.charAt(j) ? 1 : 0;
                j++;
            }
        }
        return new int[] {matches, halfTranspositions};
    }
}

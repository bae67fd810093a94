package io.canonym.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of given names that are the same name in another language or transliteration
 * (Vladimir / Volodymyr / Wladimir / Uladzimir), read from {@code names/given-name-equivalents.tsv}.
 *
 * <p>Tokens are looked up as written and, failing that, by their convention-independent fine forms,
 * so an unlisted spelling such as "Sergej" still finds the group of "Sergei".
 */
public final class GivenNameEquivalents {
    private static final int[] NONE = new int[0];
    /**
     * Patronymics of a listed name get its group plus this, so that Vladimirovna and Uladzimirauna are the same
     * patronymic but neither is the given name Vladimir.
     */
    private static final int PATRONYMIC_GROUPS = 1 << 20;
    /** East Slavic patronymic endings (Russian, Ukrainian and Belarusian BGN/PCGN spellings), longest first. */
    private static final String[] PATRONYMIC_ENDINGS = {"yevich", "ievich", "yevna", "ievna", "ovich", "evich", "avich",
            "ovych", "evych", "ovna", "evna", "auna", "ivna", "ich"};
    /**
     * Given names, and the romanisations of each Korean surname (Ri / Lee / Yi, Pak / Park, Jo / Cho: the
     * McCune–Reischauer, Revised and customary spellings of one name), which have the same file format.
     */
    private static final GivenNameEquivalents DEFAULT = new GivenNameEquivalents("/names/given-name-equivalents.tsv",
            "/names/korean-surnames.tsv");

    private final List<String> labels = new ArrayList<>();
    private final Map<String, int[]> byToken = new HashMap<>();
    private final Map<String, int[]> byFineForm = new HashMap<>();

    GivenNameEquivalents(String... resources) {
        for (String resource : resources) {
            read(resource);
        }
    }

    private void read(String resource) {
        for (String line : ResourceLines.read(resource)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            int group = labels.size();
            labels.add(cols[0]);
            for (String form : cols[1].split(",")) {
                String token = LatinFolding.fold(form).replaceAll("[^a-z]", "");
                if (token.length() < 2) { // a single letter is an initial, never a name to equate ("O" / "Oh")
                    continue;
                }
                byToken.merge(token, new int[] {group}, GivenNameEquivalents::union);
                // Only the English-convention fine form: other conventions' forms collide across
                // unrelated names (German-read "chan" is "khan").
                byFineForm.merge(PhoneticKeys.of(token).fineForms()[0], new int[] {group}, GivenNameEquivalents::union);
            }
        }
    }

    public static GivenNameEquivalents standard() {
        return DEFAULT;
    }

    /** Group ids of a folded token; empty when the token is not a listed given name. */
    public int[] groupsOf(String token, PhoneticKeys keys) {
        int[] direct = byToken.get(token);
        if (direct != null) {
            return direct;
        }
        int[] g = byFineForm.get(keys.fineForms()[0]);
        return g != null ? g : patronymicGroups(token);
    }

    /** The groups of the name a patronymic derives from, moved into the patronymics' range; empty if none. */
    private int[] patronymicGroups(String token) {
        for (String ending : PATRONYMIC_ENDINGS) {
            if (token.length() > ending.length() + 2 && token.endsWith(ending)) {
                String stem = token.substring(0, token.length() - ending.length());
                int[] g = byToken.get(stem);
                if (g == null) {
                    g = byFineForm.get(PhoneticKeys.of(stem).fineForms()[0]);
                }
                if (g != null) {
                    int[] out = new int[g.length];
                    for (int i = 0; i < g.length; i++) {
                        out[i] = PATRONYMIC_GROUPS + g[i];
                    }
                    return out;
                }
            }
        }
        return NONE;
    }

    public String label(int group) {
        return group >= PATRONYMIC_GROUPS ? "patronymic of " + labels.get(group - PATRONYMIC_GROUPS) : labels.get(group);
    }

    public int groupCount() {
        return labels.size();
    }

    static boolean intersects(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    static int firstCommon(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return x;
                }
            }
        }
        return -1;
    }

    private static int[] union(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        int n = a.length;
        for (int x : b) {
            boolean present = false;
            for (int i = 0; i < n; i++) {
                present |= out[i] == x;
            }
            if (!present) {
                out[n++] = x;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}

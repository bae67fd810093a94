package io.canonym.name;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Spelling-convention-independent keys for one name token.
 *
 * <p>The same Cyrillic, Arabic, Korean or Chinese sound is written differently by each language's
 * transliteration habits: Ш is "sh" in English, "sch" in German, "sz" in Polish, "ch" in French;
 * Х is "kh", "ch", "h" or Spanish "j". Because a query token does not say which convention produced
 * it, we read it under every {@link Convention} and produce:
 * <ul>
 *   <li>a <b>fine form</b> per convention: the spelling rewritten to one English-like canonical
 *   orthography ("Schoigu" → "shoigu", "Poutine" → "putin"), compared with Jaro-Winkler;</li>
 *   <li>a <b>skeleton</b>: the fine form's consonant classes with vowels removed ("SK" for Shoigu),
 *   used as an index key and as strong phonetic evidence. Voiced/voiceless pairs share a class
 *   (Korean and Wade-Giles write k/g, t/d, p/b, ch/j for the same sound).</li>
 * </ul>
 */
public final class PhoneticKeys {

    /** Transliteration habits a Latin token may follow. */
    enum Convention {
        ENGLISH(new String[][] {{"tch", "ch"}, {"dzh", "j"}, {"x", "ks"}}),
        CENTRAL_EUROPEAN(new String[][] {{"schtsch", "shch"}, {"szcz", "shch"}, {"tsch", "ch"}, {"dsch", "j"},
                {"sch", "sh"}, {"sz", "sh"}, {"cz", "ch"}, {"rz", "zh"}, {"ch", "kh"}, {"w", "v"}, {"j", "y"},
                {"ie", "e"}, {"c", "ts"}, {"x", "ks"}}),
        FRENCH(new String[][] {{"tch", "ch"}, {"ch", "sh"}, {"dj", "j"}, {"j", "zh"}, {"ou", "u"}, {"gue", "ge"},
                {"gui", "gi"}, {"qu", "k"}, {"x", "ks"}}),
        SPANISH(new String[][] {{"j", "kh"}, {"ll", "y"}, {"qu", "k"}, {"gue", "ge"}, {"gui", "gi"}, {"x", "kh"}}),
        HUNGARIAN(new String[][] {{"cs", "ch"}, {"sz", "s"}, {"zs", "zh"}, {"s", "sh"},
                {"ty", "t"}, {"gy", "d"}, {"ny", "n"}, {"ly", "y"}, {"j", "y"}, {"c", "ts"}}),
        PINYIN(new String[][] {{"zh", "j"}, {"hs", "sh"}, {"x", "sh"}, {"q", "ch"}, {"tz", "z"}}),
        // Belarusian BGN/PCGN (Ukrainian too for h): Г is h, soft Д is dz, Ц is ts (Halavanau, Arkadzievich,
        // Tatsiana for Golovanov, Arkadyevich, Tatiana); final -au/-ou (ў) is Russian -ov. Digraphs keep their h.
        BELARUSIAN(new String[][] {{"dzh", "j"}, {"dz", "d"}, {"ts", "t"}, {"sh", "sh"}, {"kh", "kh"}, {"ch", "ch"},
                {"zh", "zh"}, {"h", "g"}});

        private final Rewrites rewrites;

        Convention(String[][] rewrites) {
            this.rewrites = new Rewrites(rewrites);
        }
    }

    // q is Arabic qaf (Pinyin's q was rewritten by its convention): lay spellings write it k (Qasim / Kassem).
    private static final Rewrites COMMON = new Rewrites(new String[][] {{"ph", "f"}, {"ck", "k"}, {"q", "k"}, {"gh", "g"}, {"dh", "d"}, {"th", "t"},
            {"ou", "u"}, {"oo", "u"}, {"ee", "i"}, {"eo", "o"}, {"eu", "u"}, {"ae", "e"}, {"iy", "i"}, {"yy", "i"}});

    private final String token;
    private final String[] fineForms;
    private final String[] skeletons;

    private final String[] consonantForms;

    private PhoneticKeys(String token, String[] fineForms, String[] skeletons) {
        this.token = token;
        this.fineForms = fineForms;
        this.skeletons = skeletons;
        this.consonantForms = new String[fineForms.length];
        for (int i = 0; i < fineForms.length; i++) {
            consonantForms[i] = consonants(fineForms[i]);
        }
    }

    /** {@link #consonants} of each fine form, in the same order. */
    String[] consonantForms() {
        return consonantForms;
    }

    /** Computes the keys of a folded token (lower-case a-z). */
    public static PhoneticKeys of(String token) {
        Set<String> fine = new LinkedHashSet<>();
        Set<String> skeletons = new LinkedHashSet<>();
        for (Convention c : Convention.values()) {
            String f = fineForm(token, c);
            fine.add(f);
            skeletons.add(skeleton(f));
        }
        return new PhoneticKeys(token, fine.toArray(new String[0]), skeletons.toArray(new String[0]));
    }

    public String token() {
        return token;
    }

    /** Fine forms, the English-convention one first. */
    public String[] fineForms() {
        return fineForms;
    }

    /** Skeletons, the English-convention one first. */
    public String[] skeletons() {
        return skeletons;
    }

    static String fineForm(String token, Convention convention) {
        String s = rewrite(token, convention.rewrites);
        if (convention == Convention.FRENCH && s.length() > 4 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1); // mute final e: Poutine
        }
        if (convention == Convention.BELARUSIAN && s.length() > 4 && (s.endsWith("au") || s.endsWith("ou"))) {
            s = s.substring(0, s.length() - 1) + "v"; // Naumau, Radzkou: Naumov, Radkov
        }
        s = rewrite(s, COMMON);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (c == 'y' && i > 0 && !isVowel(next)) {
                c = 'i'; // y as a vowel (Sergey, Shoygu) is i
            } else if (c == 'c' && next != 'h') {
                c = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue; // doubled letters carry no identity across conventions (Saddam/Sadam)
            }
            out.append(c);
        }
        int n = out.length();
        if (n > 3 && out.charAt(n - 1) == 'h' && isVowel(out.charAt(n - 2))) {
            out.setLength(n - 1); // Fatimah/Fatima, Abdallah/Abdalla
        }
        return out.toString();
    }

    /**
     * Applies rewrite rules in one left-to-right pass, first listed rule winning at each position, so
     * a rule never re-reads another rule's output (German "tsch" → "ch" must not then become "kh").
     */
    private static String rewrite(String s, Rewrites rules) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        int i = 0;
        outer:
        while (i < s.length()) {
            for (String[] r : rules.startingWith(s.charAt(i))) {
                if (s.startsWith(r[0], i)) {
                    out.append(r[1]);
                    i += r[0].length();
                    continue outer;
                }
            }
            out.append(s.charAt(i++));
        }
        return out.toString();
    }

    /**
     * Rewrite rules grouped by their first letter, in the listed order within a group: profiling every word of a
     * million people at start-up tried every rule at every position.
     */
    static final class Rewrites {
        private static final String[][] NONE = new String[0][];
        private final String[][][] byFirstLetter = new String[128][][];

        Rewrites(String[][] rules) {
            for (char c = 0; c < byFirstLetter.length; c++) {
                char first = c;
                String[][] group = java.util.Arrays.stream(rules).filter(r -> r[0].charAt(0) == first).toArray(String[][]::new);
                byFirstLetter[c] = group.length == 0 ? NONE : group;
            }
            for (String[] r : rules) {
                if (r[0].charAt(0) >= byFirstLetter.length) {
                    throw new IllegalArgumentException("rewrite rules start with an ASCII letter: " + r[0]);
                }
            }
        }

        String[][] startingWith(char c) {
            return c < byFirstLetter.length ? byFirstLetter[c] : NONE;
        }
    }

    /**
     * The consonant letters of a fine form in order, each run of vowels (the glides y and w included) written
     * as one ".": "fouz" and "foz" are both "f.z", "rubu" and "robow" "r.b.". Vowels are the least stable part of
     * a transliteration (Arabic and Persian do not write short ones at all); the number of syllables is not.
     */
    static String consonants(String fine) {
        StringBuilder out = new StringBuilder(fine.length());
        for (int i = 0; i < fine.length(); i++) {
            char c = fine.charAt(i);
            char written = isVowel(c) || c == 'w' ? '.' : c;
            if (out.length() == 0 || out.charAt(out.length() - 1) != written) {
                out.append(written);
            }
        }
        return out.toString();
    }

    static String skeleton(String fine) {
        StringBuilder out = new StringBuilder(fine.length());
        char last = 0;
        for (int i = 0; i < fine.length(); i++) {
            char c = fine.charAt(i);
            char next = i + 1 < fine.length() ? fine.charAt(i + 1) : ' ';
            char cls;
            if ((c == 's' || c == 'z' || c == 'c' || c == 't' || c == 'd') && (next == 'h' || next == 'z' || next == 's')
                    && !(c == 't' && next == 'h')) {
                cls = 'S'; // sh zh ch ts tz dz ds: one sibilant/affricate
                i++;
                if (fine.startsWith("ch", i + 1)) {
                    i += 2; // shch
                }
            } else if (c == 'd' && next == 'j') {
                cls = 'S';
                i++;
            } else if (c == 'k' && next == 'h') {
                cls = 'H';
                i++;
            } else if (c == 'h' && i > 0 && "STKB".indexOf(last) >= 0 && !isVowel(fine.charAt(i - 1))) {
                continue; // h after an obstruent only marks its sound (tsh, dh, bh): no consonant of its own
            } else {
                cls = consonantClass(c);
            }
            if (cls == 0) {
                if (out.length() == 0) {
                    out.append('A'); // a leading vowel or semivowel is kept as one marker: Oleksandr/Aleksandr
                    last = 'A';
                } else {
                    last = 0;
                }
                continue;
            }
            if (cls != last) {
                out.append(cls);
            }
            last = cls;
        }
        return out.toString();
    }

    private static char consonantClass(char c) {
        switch (c) {
            case 'b': case 'p': return 'B';
            case 'd': case 't': return 'T';
            case 'g': case 'k': case 'c': case 'q': return 'K';
            case 'f': case 'v': return 'F';
            case 's': case 'z': case 'j': case 'x': return 'S';
            case 'h': return 'H';
            case 'l': return 'L';
            case 'm': return 'M';
            case 'n': return 'N';
            case 'r': return 'R';
            default: return 0; // vowels, y, w
        }
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /** Levenshtein distance of two short strings, stopping early once it exceeds {@code max}. */
    static int boundedLevenshtein(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** All strings obtained by deleting one character, used for typo-tolerant key lookup. */
    static List<String> deletions(String s) {
        List<String> out = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) {
            String d = s.substring(0, i) + s.substring(i + 1);
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }
}

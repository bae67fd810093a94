package io.canonym.mention.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.canonym.name.ResourceLines;

/**
 * The nominatives a word may be a case form of ("Путиным" → "Путин"; "Zełenskiego" → "Zełenski"; "Putyinnal" →
 * "Putyin"; "Μητσοτάκη" → "Μητσοτάκης"), from {@code detect/case-endings.tsv}: Cyrillic and Greek words always, Latin
 * words by the article's
 * {@link LatinDeclension}. A feminine nominative ("Навальная", "Zełenska") or a Hungarian married name ("Kovácsné")
 * has none, so a woman's name never reads as a man's. Plain Java.
 */
public final class CaseEndings {
    /** Letters left before an ending: "Ыном" is "Ын" + "ом", but "Лиу" is no declined "Ли". */
    private static final int SHORTEST_STEM = 2;
    /** The data file's mark for an ending that is a feminine nominative, not a case form. */
    private static final String NOMINATIVE = "=";
    private static final CaseEndings INSTANCE = new CaseEndings();

    /** Which words a line of the data file is about: Cyrillic ones, or Latin ones in articles of one declension. */
    private enum Group { CYRILLIC, GREEK, LATIN_SLAVIC, HUNGARIAN }

    /** {@code nominatives} is null for an ending that is itself a (feminine) nominative. */
    private record Ending(Group group, String oblique, List<String> nominatives) {
    }

    private final List<Ending> endings = new ArrayList<>();

    private CaseEndings() {
        for (String line : ResourceLines.read("/detect/case-endings.tsv")) {
            String[] cols = line.split("\t");
            List<String> nominatives = null;
            if (!cols[2].equals(NOMINATIVE)) {
                nominatives = new ArrayList<>();
                for (String n : cols[2].split(",")) {
                    nominatives.add(n.equals("-") ? "" : n);
                }
            }
            Group group = Group.valueOf(cols[0].toUpperCase(Locale.ROOT).replace('-', '_'));
            endings.add(new Ending(group, cols[1], nominatives == null ? null : List.copyOf(nominatives)));
        }
        endings.sort(Comparator.comparingInt((Ending e) -> e.oblique().length()).reversed());
    }

    public static CaseEndings get() {
        return INSTANCE;
    }

    /**
     * The nominatives {@code word} may be a case form of, the word itself excluded; empty when it is not declinable here.
     *
     * @param declension how the article declines names in Latin letters
     */
    public List<String> nominativesOf(String word, LatinDeclension declension) {
        if (word.isEmpty()) {
            return List.of();
        }
        Group group = groupOf(word, declension);
        if (group == null) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (Ending e : endings) {
            if (e.group() == group && e.nominatives() == null && lower.endsWith(e.oblique())) {
                return List.of(); // a feminine nominative: "Навальная" is no case form of "Навальный"
            }
        }
        List<String> forms = new ArrayList<>();
        for (Ending e : endings) {
            if (e.group() == group && e.nominatives() != null && lower.endsWith(e.oblique())
                    && word.length() - e.oblique().length() >= SHORTEST_STEM) {
                String stem = word.substring(0, word.length() - e.oblique().length());
                e.nominatives().forEach(n -> forms.add(stem + n));
            }
        }
        return forms;
    }

    private static Group groupOf(String word, LatinDeclension declension) {
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        if (script == Character.UnicodeScript.CYRILLIC) {
            return Group.CYRILLIC;
        }
        if (script == Character.UnicodeScript.GREEK) {
            return Group.GREEK;
        }
        if (script != Character.UnicodeScript.LATIN) {
            return null;
        }
        return switch (declension) {
            case SLAVIC -> Group.LATIN_SLAVIC;
            case HUNGARIAN -> Group.HUNGARIAN;
            case NONE -> null;
        };
    }
}

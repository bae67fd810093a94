package io.canonym.mention.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.canonym.name.ResourceLines;

/**
 * The nominatives a word of a Slavic article may be a case form of ("Путиным" → "Путин"; "Zełenskiego" → "Zełenski"),
 * from {@code detect/slavic-case-endings.tsv}: Cyrillic words always, Latin words only in a Polish or Czech article.
 * A feminine nominative ("Навальная", "Zełenska") has none, so a woman's name never reads as a man's. Plain Java.
 */
public final class SlavicCaseEndings {
    /** Letters left before an ending: "Ыном" is "Ын" + "ом", but "Лиу" is no declined "Ли". */
    private static final int SHORTEST_STEM = 2;
    /** The data file's mark for an ending that is a feminine nominative, not a case form. */
    private static final String NOMINATIVE = "=";
    private static final SlavicCaseEndings INSTANCE = new SlavicCaseEndings();

    /** {@code nominatives} is null for an ending that is itself a (feminine) nominative. */
    private record Ending(boolean latin, String oblique, List<String> nominatives) {
    }

    private final List<Ending> endings = new ArrayList<>();

    private SlavicCaseEndings() {
        for (String line : ResourceLines.read("/detect/slavic-case-endings.tsv")) {
            String[] cols = line.split("\t");
            List<String> nominatives = null;
            if (!cols[2].equals(NOMINATIVE)) {
                nominatives = new ArrayList<>();
                for (String n : cols[2].split(",")) {
                    nominatives.add(n.equals("-") ? "" : n);
                }
            }
            endings.add(new Ending(cols[0].equals("latin"), cols[1], nominatives == null ? null : List.copyOf(nominatives)));
        }
        endings.sort(Comparator.comparingInt((Ending e) -> e.oblique().length()).reversed());
    }

    public static SlavicCaseEndings get() {
        return INSTANCE;
    }

    /**
     * The nominatives {@code word} may be a case form of, the word itself excluded; empty when it is not declinable here.
     *
     * @param latinSlavic the article writes Polish or Czech, so Latin words may be declined too
     */
    public List<String> nominativesOf(String word, boolean latinSlavic) {
        if (word.isEmpty()) {
            return List.of();
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        boolean cyrillic = script == Character.UnicodeScript.CYRILLIC;
        boolean latin = latinSlavic && script == Character.UnicodeScript.LATIN;
        if (!cyrillic && !latin) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (Ending e : endings) {
            if (e.latin() == latin && e.nominatives() == null && lower.endsWith(e.oblique())) {
                return List.of(); // a feminine nominative: "Навальная" is no case form of "Навальный"
            }
        }
        List<String> forms = new ArrayList<>();
        for (Ending e : endings) {
            if (e.latin() == latin && e.nominatives() != null && lower.endsWith(e.oblique())
                    && word.length() - e.oblique().length() >= SHORTEST_STEM) {
                String stem = word.substring(0, word.length() - e.oblique().length());
                e.nominatives().forEach(n -> forms.add(stem + n));
            }
        }
        return forms;
    }
}

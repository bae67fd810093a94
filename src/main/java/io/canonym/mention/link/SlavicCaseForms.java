package io.canonym.mention.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import io.canonym.name.Candidate;
import io.canonym.name.Decision;
import io.canonym.name.Resolution;
import io.canonym.name.ResourceLines;

/**
 * Names declined by a Slavic article ("с Дональдом Трампом", "z Wołodymyrem Zełenskim", "s Vladimirem Putinem") read in
 * the nominative, in which the resolver knows them. Only a name that resolves to nobody confidently is read again, and
 * a reading counts only if it names one person confidently and clearly better. Endings and the nominative endings they
 * come from: {@code link/slavic-case-endings.tsv}. Plain Java; one instance serves every article.
 */
public final class SlavicCaseForms {
    /** Readings tried for one name at most: two declined words give a few dozen combinations otherwise. */
    static final int MAX_READINGS = 24;
    /** A reading must score this much above the name as written. */
    static final double CLEARLY_BETTER = 0.05;
    /** Letters left before an ending: "Ыном" is "Ын" + "ом", but "Лиу" is no declined "Ли". */
    private static final int SHORTEST_STEM = 2;

    /** The data file's mark for an ending that is a feminine nominative, not a case form. */
    private static final String NOMINATIVE = "=";

    /** {@code nominatives} is null for an ending that is itself a (feminine) nominative. */
    private record Ending(boolean latin, String oblique, List<String> nominatives) {
    }

    private final List<Ending> endings = new ArrayList<>();

    public SlavicCaseForms() {
        for (String line : ResourceLines.read("/link/slavic-case-endings.tsv")) {
            String[] cols = line.split("\t");
            if (cols[2].equals(NOMINATIVE)) {
                endings.add(new Ending(cols[0].equals("latin"), cols[1], null));
                continue;
            }
            List<String> nominatives = new ArrayList<>();
            for (String n : cols[2].split(",")) {
                nominatives.add(n.equals("-") ? "" : n);
            }
            endings.add(new Ending(cols[0].equals("latin"), cols[1], List.copyOf(nominatives)));
        }
        endings.sort(Comparator.comparingInt((Ending e) -> e.oblique().length()).reversed());
    }

    /**
     * The resolver's answer for {@code name}, or for a nominative reading of it when only that names someone confidently.
     *
     * @param latinSlavic the article writes Polish or Czech, so Latin words may be declined too
     */
    public Resolution resolve(String name, boolean latinSlavic, Function<String, Resolution> resolver) {
        Resolution written = resolver.apply(name);
        if (written.decision() == Decision.MATCH) {
            return written;
        }
        Resolution best = null;
        String bestReading = null;
        for (String reading : readings(name, latinSlavic)) {
            Resolution r = resolver.apply(reading);
            if (r.decision() != Decision.MATCH || r.topScore() < written.topScore() + CLEARLY_BETTER) {
                continue;
            }
            if (best != null && best.candidates().get(0).personId() != r.candidates().get(0).personId()) {
                return written; // two people, each in some nominative: the case ending cannot tell which
            }
            if (best == null || r.topScore() > best.topScore()) {
                best = r;
                bestReading = reading;
            }
        }
        return best == null ? written : explained(best, name, bestReading);
    }

    /** Nominative readings of the name, the words as written excluded, at most {@link #MAX_READINGS}. */
    List<String> readings(String name, boolean latinSlavic) {
        String[] words = name.split(" ");
        List<List<String>> options = new ArrayList<>();
        boolean declinable = false;
        for (String word : words) {
            List<String> forms = new ArrayList<>(List.of(word));
            forms.addAll(nominativesOf(word, latinSlavic));
            declinable |= forms.size() > 1;
            options.add(forms);
        }
        if (!declinable) {
            return List.of();
        }
        Set<String> readings = new LinkedHashSet<>();
        combine(options, 0, new ArrayList<>(), readings);
        readings.remove(name);
        return readings.stream().limit(MAX_READINGS).toList();
    }

    private static void combine(List<List<String>> options, int at, List<String> chosen, Set<String> out) {
        if (out.size() > MAX_READINGS) {
            return;
        }
        if (at == options.size()) {
            out.add(String.join(" ", chosen));
            return;
        }
        for (String form : options.get(at)) {
            chosen.add(form);
            combine(options, at + 1, chosen, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    private List<String> nominativesOf(String word, boolean latinSlavic) {
        boolean cyrillic = Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
        boolean latin = latinSlavic && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
        if (!cyrillic && !latin) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> forms = new ArrayList<>();
        for (Ending e : endings) {
            if (e.latin() == latin && e.nominatives() == null && lower.endsWith(e.oblique())) {
                return List.of(); // a feminine nominative: "Навальная" is no case form of "Навальный"
            }
        }
        for (Ending e : endings) {
            if (e.latin() == latin && e.nominatives() != null && lower.endsWith(e.oblique())
                    && word.length() - e.oblique().length() >= SHORTEST_STEM) {
                String stem = word.substring(0, word.length() - e.oblique().length());
                e.nominatives().forEach(n -> forms.add(stem + n));
            }
        }
        return forms;
    }

    private static Resolution explained(Resolution r, String written, String reading) {
        String note = "«" + written + "» read in the nominative as «" + reading + "»";
        List<Candidate> candidates = r.candidates().stream().map(c -> {
            List<String> explanation = new ArrayList<>();
            explanation.add(note);
            explanation.addAll(c.explanation());
            return new Candidate(c.personId(), c.score(), c.matchedVariant(), c.variantId(), explanation);
        }).toList();
        return new Resolution(r.decision(), candidates);
    }
}

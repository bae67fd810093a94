package io.canonym.mention.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.canonym.name.Candidate;
import io.canonym.name.Decision;
import io.canonym.name.Resolution;
import io.canonym.mention.detect.CaseEndings;
import io.canonym.mention.detect.LatinDeclension;

/**
 * Names declined by a Slavic or Hungarian article ("с Дональдом Трампом", "z Wołodymyrem Zełenskim", "Putyinnal") read
 * in the nominative, in which the resolver knows them. Only a name that resolves to nobody confidently is read again,
 * and a reading counts only if it names one person confidently and clearly better. Endings and the nominative endings
 * they come from: {@link CaseEndings}. Plain Java; one instance serves every article.
 */
public final class CaseForms {
    /** Readings tried for one name at most: two declined words give a few dozen combinations otherwise. */
    static final int MAX_READINGS = 24;
    /** A reading must score this much above the name as written. */
    static final double CLEARLY_BETTER = 0.05;

    /**
     * The resolver's answer for {@code name}, or for a nominative reading of it when only that names someone confidently.
     *
     * @param declension how the article declines names in Latin letters (Cyrillic ones are read in any article)
     */
    public Resolution resolve(String name, LatinDeclension declension, Function<String, Resolution> resolver) {
        Resolution written = resolver.apply(name);
        if (written.decision() == Decision.MATCH) {
            return written;
        }
        Resolution best = null;
        String bestReading = null;
        for (String reading : readings(name, declension)) {
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
    List<String> readings(String name, LatinDeclension declension) {
        String[] words = name.split(" ");
        List<List<String>> options = new ArrayList<>();
        boolean declinable = false;
        for (String word : words) {
            List<String> forms = new ArrayList<>(List.of(word));
            forms.addAll(CaseEndings.get().nominativesOf(word, declension));
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

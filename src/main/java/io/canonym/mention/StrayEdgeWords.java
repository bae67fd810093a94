package io.canonym.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.canonym.mention.detect.DetectedName;
import io.canonym.mention.detect.NameShape;
import io.canonym.name.Decision;
import io.canonym.name.Resolution;
import io.canonym.name.Spellings;

/** Trims words next to a detected name that the resolver shows are not part of it. Plain Java, unit-tested alone. */
final class StrayEdgeWords {
    /** Words of a name as the detector splits them: spaces separate, hyphens and apostrophes join. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");
    private static final java.util.regex.Pattern NAME_WORDS = java.util.regex.Pattern.compile("[\\s\\p{Pd}]+");
    private static final double CLEARLY_BETTER = 0.05;
    /** An edge word this close (Jaro-Winkler, as written) to a word of the matched spelling is part of the name. */
    private static final double EDGE_RESEMBLANCE = 0.85;

    private StrayEdgeWords() {
    }

    /**
     * A run of capitalised words can take in words next to the name that are not part of it ("Совбеза Сергей Шойгу",
     * the Security Council's Sergei Shoigu; "Presdent Xi Jingping"; German capitalises every noun: "Pjöngjang den
     * Machthaber Kim Jong Un"; "The President of Republic Ahmad al-Shara"), and in a script without capitals a name
     * after a title takes in the verb after it ("הנשיא יצחק הרצוג נשא", the president Isaac Herzog made). When a
     * shorter run of its words resolves clearly better, and still holds as many words as the name it matched (so a
     * relative's given name is never dropped: "Khalid bin Salman" stays whole rather than become "bin Salman"), the
     * name is that run. When the whole is already a confident match but for a spelling of fewer words, the shorter run
     * must name the same person, clearly better. Names of three or more words only; words are counted alike on both
     * sides (hyphens separate: "al-Shara" is two, as in "Ahmed al-Sharaa").
     */
    static DetectedName trim(DetectedName name, Function<String, Resolution> resolutions) {
        String text = name.text();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        java.util.regex.Matcher word = WORD.matcher(text);
        while (word.find()) {
            starts.add(word.start());
            ends.add(word.end());
        }
        // "Shoigu, Sergei Kuzhugetovich": a name written inverted is a register entry the detector closed at punctuation
        // on both sides, so it has no stray word; its patronymic is no stored spelling's word, but it is the name's.
        if (name.shape() != NameShape.FULL_NAME || starts.size() < 3 || text.contains(",")) {
            return name;
        }
        Resolution whole = resolutions.apply(text);
        // A stored spelling met almost letter for letter (namesakes make it ambiguous), or matched by a spelling of as
        // many words as the query, has no stray word: every word of it is in someone's name.
        if (whole.topScore() >= IndexGazetteer.VERBATIM
                || !whole.candidates().isEmpty() && wordsOf(whole.candidates().get(0).matchedVariant()) >= wordsOf(text)) {
            return name;
        }
        Long confidentPerson = whole.decision() == Decision.MATCH ? whole.candidates().get(0).personId() : null;
        if (confidentPerson != null && edgesResemble(text, starts, ends, whole.candidates().get(0).matchedVariant())) {
            return name; // both edge words are in the name it matched: nothing to trim (and no run to resolve)
        }
        double best = whole.topScore();
        int bestFrom = -1, bestTo = -1;
        for (int from = 0; from < starts.size(); from++) {
            for (int to = from + 1; to < starts.size(); to++) {
                if (from == 0 && to == starts.size() - 1) {
                    continue;
                }
                String run = text.substring(starts.get(from), ends.get(to));
                if (Spellings.isParticleWord(text.substring(starts.get(to), ends.get(to)))) {
                    continue; // "Alexander Van" of "Alexander Van der Bellen": a name never ends in a particle
                }
                Resolution r = resolutions.apply(run);
                boolean better = confidentPerson == null ? clearlyBetter(r, best)
                        : r.decision() == Decision.MATCH && r.topScore() > best + CLEARLY_BETTER
                          && r.candidates().get(0).personId() == confidentPerson;
                if (better && wordsOf(run) >= wordsOf(r.candidates().get(0).matchedVariant())) {
                    best = r.topScore();
                    bestFrom = from;
                    bestTo = to;
                }
            }
        }
        if (bestFrom < 0) {
            return name;
        }
        int start = name.start() + starts.get(bestFrom);
        int end = name.start() + ends.get(bestTo);
        return new DetectedName(start, end, text.substring(starts.get(bestFrom), ends.get(bestTo)), name.shape(),
                name.evidence(), name.roles(), name.group(), name.possibleGroups());
    }

    /** Whether the first and the last word each look like some word of the matched spelling, as written. */
    private static boolean edgesResemble(String text, List<Integer> starts, List<Integer> ends, String matched) {
        if (matched == null) {
            return false;
        }
        String[] words = nameWords(matched.toLowerCase(java.util.Locale.ROOT));
        int last = starts.size() - 1;
        return resemblesOneOf(text.substring(starts.get(0), ends.get(0)), words)
                && resemblesOneOf(text.substring(starts.get(last), ends.get(last)), words);
    }

    private static boolean resemblesOneOf(String edge, String[] words) {
        String word = edge.toLowerCase(java.util.Locale.ROOT);
        for (String candidate : words) {
            if (io.canonym.name.Spellings.similarity(word, candidate) >= EDGE_RESEMBLANCE) {
                return true;
            }
        }
        return false;
    }

    /** A confident match that scores higher, or a plausible one that scores clearly higher. */
    private static boolean clearlyBetter(Resolution r, double than) {
        return r.decision() == Decision.MATCH && r.topScore() > than
                || r.decision() == Decision.AMBIGUOUS && r.topScore() > than + CLEARLY_BETTER;
    }

    private static int wordsOf(String spelling) {
        return spelling == null ? Integer.MAX_VALUE : nameWords(spelling).length;
    }

    /** A spelling's words counted as the resolver's spellings count them: spaces and hyphens separate. */
    private static String[] nameWords(String spelling) {
        return NAME_WORDS.split(spelling.strip());
    }
}

package io.canonym.name;

import java.util.List;
import java.util.function.Predicate;

/** The answer to one query: a decision and the ranked candidates behind it. */
public record Resolution(Decision decision, List<Candidate> candidates) {
    /** Immutable, so that one answer can be shared (the service caches answers across requests). */
    public Resolution {
        candidates = List.copyOf(candidates);
    }

    public static Resolution noMatch() {
        return new Resolution(Decision.NO_MATCH, List.of());
    }

    /** The best candidate's score, or 0 when there is none. */
    public double topScore() {
        return candidates.isEmpty() ? 0 : candidates.get(0).score();
    }

    /**
     * The same answer without the candidates the caller rules out (people deleted meanwhile, pairs editors rejected).
     * A confident answer whose leader is ruled out is no longer confident: the runner-up is never promoted.
     */
    public Resolution without(Predicate<Candidate> ruledOut) {
        List<Candidate> kept = candidates.stream().filter(ruledOut.negate()).toList();
        if (kept.size() == candidates.size()) {
            return this;
        }
        if (kept.isEmpty()) {
            return noMatch();
        }
        boolean leaderKept = kept.get(0).personId() == candidates.get(0).personId();
        return new Resolution(decision == Decision.MATCH && !leaderKept ? Decision.AMBIGUOUS : decision, kept);
    }
}

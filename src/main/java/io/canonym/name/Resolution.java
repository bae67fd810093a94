package io.canonym.name;

import java.util.List;

/** The answer to one query: a decision and the ranked candidates behind it. */
public record Resolution(Decision decision, List<Candidate> candidates) {
    public static Resolution noMatch() {
        return new Resolution(Decision.NO_MATCH, List.of());
    }
}

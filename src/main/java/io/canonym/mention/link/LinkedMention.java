package io.canonym.mention.link;

import java.util.List;

import io.canonym.mention.MentionStatus;
import io.canonym.name.Candidate;

/**
 * A detected name with what the linker concluded about it.
 *
 * @param start       offset of the first character, UTF-16 code units into the body
 * @param end         offset just past the last character
 * @param text        the name as written, {@code body.substring(start, end)}
 * @param status      LINKED, NEEDS_REVIEW or UNRESOLVED (editors' statuses are kept by the service)
 * @param personId    the linked person, for LINKED only
 * @param score       the resolver's score of the best candidate, or null when there is none
 * @param candidates  the people it may be, best first (rejected pairs removed)
 * @param explanation why, one line per piece of evidence, for editors
 */
public record LinkedMention(int start, int end, String text, MentionStatus status, Long personId, Double score,
                            List<Candidate> candidates, List<String> explanation) {
    public LinkedMention {
        candidates = List.copyOf(candidates);
        explanation = List.copyOf(explanation);
    }
}

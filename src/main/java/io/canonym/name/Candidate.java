package io.canonym.name;

import java.util.List;

/**
 * A person who may be meant by a query.
 *
 * @param personId       the caller's person id
 * @param score          in [0,1]; higher means more likely to be this person
 * @param matchedVariant the stored spelling that matched best
 * @param variantId      the caller's id of that spelling
 * @param explanation    why, one line per piece of evidence, worded for an editor
 */
public record Candidate(long personId, double score, String matchedVariant, long variantId, List<String> explanation) {
}

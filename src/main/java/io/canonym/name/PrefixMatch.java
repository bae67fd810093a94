package io.canonym.name;

/**
 * A search-as-you-type hit.
 *
 * @param rank higher is better; only meaningful for ordering hits of one search
 */
public record PrefixMatch(long personId, long variantId, String spelling, double rank) {
}

package io.canonym.mention.detect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A span a rule proposes as a person's name. {@code confirmed} is false for a lone capitalised word that
 * only becomes a name if it repeats part of a full name found in the article.
 */
final class Proposal {
    final int start;
    final int end;
    /** Name words, folded, without particles: what repeats are matched on. */
    final List<String> parts;
    final EnumSet<Evidence> evidence;
    final List<Role> roles = new ArrayList<>();
    boolean confirmed;
    /** Family name comes first ("Kim Jong-un", "Xi Jinping", or any name in Hangul/Han). */
    boolean familyNameFirst;
    /** Written family name first with a comma, as lists do ("Shoigu, Sergei"): see {@link InvertedNameRule}. */
    boolean inverted;
    /**
     * A word in capitals in running text ("MACRON", "MBS"): it only repeats an earlier full name, by its family or given
     * name or by its initials.
     */
    boolean inCapitals;

    Proposal(int start, int end, List<String> parts, Evidence evidence, boolean confirmed) {
        this.start = start;
        this.end = end;
        this.parts = List.copyOf(parts);
        this.evidence = EnumSet.of(evidence);
        this.confirmed = confirmed;
    }

    boolean isFullName() {
        return parts.size() >= 2;
    }

    String family() {
        return familyNameFirst ? parts.get(0) : parts.get(parts.size() - 1);
    }

    String given() {
        return familyNameFirst ? String.join("-", parts.subList(1, parts.size())) : parts.get(0);
    }

    boolean overlaps(Proposal o) {
        return start < o.end && o.start < end;
    }

    int length() {
        return end - start;
    }
}

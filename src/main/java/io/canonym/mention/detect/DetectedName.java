package io.canonym.mention.detect;

import java.util.List;
import java.util.Set;

/**
 * One person-name span found in an article body.
 *
 * <p>Spans that refer to the same person in the article share a {@code group}: the index, in the list
 * returned by {@link MentionDetector#detect(String)}, of that person's first full-name mention (which may
 * come after a headline repeat), or of the first span of a person never named in full. So {@code names.get(d.group())} is the fullest spelling to
 * resolve. A repeat that could belong to two or more earlier people ("Kim" after both "Kim Jong-un" and
 * "Kim Yo-jong") is {@link #ambiguous()}: its group is its own index and {@code possibleGroups} lists
 * the groups it may belong to.
 *
 * @param start          offset of the first character, in UTF-16 code units into the body
 * @param end            offset just after the last character; {@code body.substring(start, end).equals(text)}
 * @param text           the name as written
 * @param shape          full name, surname-only / given-name-only repeat, or a single name word
 * @param evidence       why this is taken for a person's name
 * @param roles          titles, relations and nationalities written just before the name, nearest last
 * @param group          index of the first full mention of the same person in the returned list
 * @param possibleGroups for an ambiguous repeat, the groups it may belong to; otherwise empty
 */
public record DetectedName(int start, int end, String text, NameShape shape, Set<Evidence> evidence,
                           List<Role> roles, int group, List<Integer> possibleGroups) {
    public DetectedName {
        evidence = Set.copyOf(evidence);
        roles = List.copyOf(roles);
        possibleGroups = List.copyOf(possibleGroups);
    }

    public boolean ambiguous() {
        return !possibleGroups.isEmpty();
    }
}

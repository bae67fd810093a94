package io.canonym.mention.detect;

/**
 * Words written just before a name that say who the person is: a title or office ("supreme leader",
 * "foreign minister"), a relation ("his sister") or a nationality ("Ukrainian"). The service can use
 * them to raise or lower its confidence in a candidate.
 *
 * @param start offset of the first character, UTF-16 code units into the article body
 * @param end   offset just after the last character
 * @param text  the words as written, {@code body.substring(start, end)}
 * @param kind  what sort of role word it is
 */
public record Role(int start, int end, String text, Kind kind) {
    public enum Kind { TITLE, NATIONALITY }
}

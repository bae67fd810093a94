package io.canonym.mention.detect;

/** Why the detector believes a span is a person's name; a span may carry several. */
public enum Evidence {
    /** Capitalised words that are none of the listed non-person words (places, agencies, months, ...). */
    CAPITALISED,
    /** Written in a script without letter case and anchored by a title or a surname list. */
    NATIVE_SCRIPT,
    /** The author line: "by lauren Walker", "By LAUREN WALKER". */
    BYLINE,
    /** Right after a title, office, role or relation ("President", "security council chief", "his sister"). */
    AFTER_TITLE,
    /** The caller's gazetteer ({@link KnownNames}) says this spelling belongs to a known person. */
    GAZETTEER,
    /** Repeats part of a full name found in the same article. */
    REPEAT
}

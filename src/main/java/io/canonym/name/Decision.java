package io.canonym.name;

/** What {@link NameResolver} concludes about a query. */
public enum Decision {
    /** The first candidate is confidently the person meant. */
    MATCH,
    /** One or more candidates are plausible, but not one confidently. */
    AMBIGUOUS,
    /** Nobody known fits. */
    NO_MATCH
}

package io.canonym.mention.detect;

/** What the data lists say a word (or the phrase it is part of) is. Listed in order of precedence. */
enum WordClass {
    TITLE,
    PLACE,
    DEMONYM,
    ORGANISATION,
    /** A word that makes the capitalised words around it an organisation or place ("Agency", "Court"). */
    ORGANISATION_HEAD,
    CALENDAR,
    /** A month that is also a name ("May", "April"): part of a name only next to other name words. */
    CALENDAR_OR_NAME,
    PARTICLE,
    FUNCTION,
    /** In none of the lists. */
    UNLISTED
}

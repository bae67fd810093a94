package io.canonym.mention.detect;

/** How much of a person's name a detected span holds. */
public enum NameShape {
    /** Two or more name words ("Kim Jong-un", "Ursula von der Leyen"). */
    FULL_NAME,
    /** One word that repeats the family name of a full name found in the same article ("Kim", "Zelensky"). */
    SURNAME_ONLY,
    /** One word that repeats the given name of a full name found in the same article ("Lauren"). */
    GIVEN_NAME_ONLY,
    /** One word that is a name on other evidence (a title before it, the gazetteer) but repeats nobody. */
    SINGLE_NAME
}

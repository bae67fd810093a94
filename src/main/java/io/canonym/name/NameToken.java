package io.canonym.name;

/**
 * One word of a normalised name: lower-case ASCII letters, titles and particles already removed.
 *
 * @param text    the folded Latin form, e.g. "shoygu"
 * @param surname whether the name's structure marks this word as (part of) the family name
 * @param lineage whether the word names an ancestor rather than the person: the father's or grandfather's name
 *                after "bin"/"ibn"/"ben" ("Najib ben Salem bin Omar"), which sources include or leave out at will
 */
public record NameToken(String text, boolean surname, boolean lineage) {
    public NameToken(String text, boolean surname) {
        this(text, surname, false);
    }

    public boolean isInitial() {
        return text.length() == 1;
    }
}

package io.canonym.name;

/**
 * One word of a normalised name: lower-case ASCII letters, titles and particles already removed.
 *
 * @param text    the folded Latin form, e.g. "shoygu"
 * @param surname whether the name's structure marks this word as (part of) the family name
 */
public record NameToken(String text, boolean surname) {
    public boolean isInitial() {
        return text.length() == 1;
    }
}

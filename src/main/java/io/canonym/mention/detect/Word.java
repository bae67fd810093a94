package io.canonym.mention.detect;

/**
 * A word of the cleaned body: letters and marks, with inner hyphens and apostrophes ("Jong-un",
 * "O'Brien"); a trailing possessive "'s" is left out ("Kim's" gives "Kim").
 *
 * @param index         position in the article's word list
 * @param start         offset of the first character
 * @param end           offset just after the last character
 * @param text          as written
 * @param folded        lower-cased, with typographic apostrophes and hyphens made plain, for list look-ups
 * @param script        ICU {@code UScript} code of the word's letters
 * @param casing        the shape of its letters
 * @param sentenceStart first word of a sentence, line or quotation, where capitals prove nothing
 * @param joinedToPrevious only blanks (no line break, no punctuation) separate it from the previous word,
 *                      or it follows an initial ("George W. Bush")
 */
record Word(int index, int start, int end, String text, String folded, int script, Casing casing,
            boolean sentenceStart, boolean joinedToPrevious) {

    enum Casing {
        /** First letter upper case, or upper case after a name prefix ("al-Assad"). */
        CAPITALISED,
        /** Two or more letters, all upper case ("KCNA", "LAUREN"). */
        ALL_CAPS,
        LOWER,
        /** A script without letter case (Hangul, Han, Arabic, Hebrew, Devanagari, ...). */
        CASELESS,
        /** Contains digits or is otherwise not a word a name is made of. */
        OTHER
    }

    boolean isInitial() {
        return isInitial(text, casing);
    }

    /** A single capital letter, which a period after it makes an initial ("V. Putin", "S.V. Lavrov"). */
    static boolean isInitial(String text, Casing casing) {
        return text.length() == 1 && casing == Casing.CAPITALISED;
    }
}

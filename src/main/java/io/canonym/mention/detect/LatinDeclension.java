package io.canonym.mention.detect;

/**
 * How an article declines names written in Latin letters, which decides what case endings a name may carry. Told by
 * letters that only these languages write, in the article's lower-case words: a name's own letters ("Wałęsa", "Győri")
 * prove nothing about the language around it.
 */
public enum LatinDeclension {
    /** English, German, French and most other languages of news: a name stands as written. */
    NONE,
    /** Polish, Czech and Slovak: "z Wołodymyrem Zełenskim", "s Vladimirom Putinom", "Orbánovy výroky". */
    SLAVIC,
    /** Hungarian: "Putyinnal", "Orbán Viktort", "Zelenszkijnek". */
    HUNGARIAN;

    /** Letters only Polish, Czech and Slovak (among the languages of news the lists cover) write. */
    static final String SLAVIC_LETTERS = "ąęłńśźżřěůťďňľĺŕ";
    /** Letters only Hungarian writes: the long umlauts. */
    static final String HUNGARIAN_LETTERS = "őű";

    /** The declension of an article, from the letters of the words it writes in lower case. */
    public static LatinDeclension of(String body) {
        if (body == null) {
            return NONE;
        }
        boolean hungarian = false;
        boolean wordStartsLower = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!Character.isLetter(c)) {
                wordStartsLower = false;
                continue;
            }
            if (i == 0 || !Character.isLetter(body.charAt(i - 1))) {
                wordStartsLower = Character.isLowerCase(c);
            }
            if (wordStartsLower && SLAVIC_LETTERS.indexOf(c) >= 0) {
                return SLAVIC;
            }
            hungarian |= wordStartsLower && HUNGARIAN_LETTERS.indexOf(c) >= 0;
        }
        return hungarian ? HUNGARIAN : NONE;
    }
}

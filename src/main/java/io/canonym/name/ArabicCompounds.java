package io.canonym.name;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Arabic compound names, which sources write joined, hyphenated or apart, into one canonical
 * pair of words, so that every writing of a compound reads the same:
 * <ul>
 *   <li>"Abd al-X" (servant of X): Abdulrahman, Abdurrahman, Abdel Rahman, Abd-al-Rahman → abd rahman;
 *   Abdullah, Abdallah, Abd Allah → abd allah;</li>
 *   <li>"X ad-Din" (X of the faith): Nasiruddin, Nasir al-Din, Nasir ud-Din → nasir din;</li>
 *   <li>"X Allah": Fazlullah, Fazl Allah, Fazal Ullah → fazl allah / fazal allah.</li>
 * </ul>
 * The article between the parts ("al", "ul", "el", assimilated "ur", "ud"…) is what sources write most
 * differently; dropping it from the joined forms matches the particle rules, which drop it from the
 * separate ones. Plain Java, no state.
 */
final class ArabicCompounds {
    /** "abd" + linking vowel + article + the attribute; the attribute's first letter may be doubled (sun letters). */
    private static final Pattern ABD = Pattern.compile("abd(?:ou|u|e|a|o|i)?l?([a-z])\\1?([a-z]*)");
    /** The linking words written alone: "Abdul Rahman", "Abdel Aziz". */
    private static final java.util.Set<String> ABD_ALONE = java.util.Set.of(
            "abdul", "abdel", "abdal", "abdol", "abdoul", "abdur", "abdus", "abduz", "abdush", "abdun", "abdut", "abdud");
    /**
     * "…uddin", "…eddine", "…iddin", "…ideen": the doubled d of the assimilated article, or the Arabic long vowel
     * of "deen", marks the compound (not Borodin, Borodine).
     */
    private static final Pattern DIN = Pattern.compile("([a-z]{3,}?)(?:(?:u|e|i|a|o)dd(?:in|ine|een|ien)|(?:u|e|i)deen)");
    private static final Pattern ALLAH = Pattern.compile("([a-z]{3,}?)(?:ullah|ollah|allah|ullahi|allahi)");
    private static final java.util.Set<String> ALLAH_ALONE = java.util.Set.of("allah", "ullah", "ollah", "ullahi", "allahi",
            "llah");
    private static final java.util.Set<String> DIN_ALONE = java.util.Set.of("din", "deen", "dine", "eddine", "eddin",
            "uddin", "uddeen", "iddin", "addin");
    private static final int MIN_ATTRIBUTE = 4;

    /** Sun letters, two-letter spellings first: the article assimilates to them (ash-Shami, ar-Rashid). */
    private static final String[] SUN_LETTERS = {"sh", "th", "dh", "s", "t", "d", "r", "z", "n"};

    private ArabicCompounds() {
    }

    /**
     * The token without an Arabic article written onto it ("alfayyadh" → "fayyadh", "elkaddafi" → "kaddafi",
     * "ashshami" → "shami"), or null when it has none. Only a reading to compare: "Albert" also loses "al",
     * so callers accept it only when the rest matches the other name closely.
     */
    static String withoutArticle(String token) {
        if ((token.startsWith("al") || token.startsWith("el")) && token.length() >= 6) {
            return token.substring(2);
        }
        if (token.startsWith("a") || token.startsWith("e")) {
            for (String sun : SUN_LETTERS) {
                if (token.startsWith(sun + sun, 1) && token.length() >= 1 + 2 * sun.length() + 3) {
                    return token.substring(1 + sun.length());
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code other} may be another spelling of {@code token} when {@code token} is the canonical spelling of a
     * compound's part ("abd", "allah", "din", see {@link #split}): only a word written with the part's own letters, such
     * as the short forms "Abdou" or "Abdu" and "Ulla", not merely a word of similar sound ("Asad", "Ali"). True when
     * {@code token} is no such part.
     */
    static boolean mayBePart(String token, String other) {
        switch (token) {
            case "abd":
                return other.startsWith("abd");
            case "allah":
                return other.length() >= 4 && other.startsWith("ll", 1);
            case "din":
                return other.startsWith("d");
            default:
                return true;
        }
    }

    /** The canonical words of one folded token (lower-case a-z): the token itself when it is no compound. */
    static List<String> split(String token) {
        if (token.length() < 4) {
            return List.of(token);
        }
        if (ABD_ALONE.contains(token)) {
            return List.of("abd");
        }
        if (ALLAH_ALONE.contains(token)) {
            return List.of("allah");
        }
        if (DIN_ALONE.contains(token)) {
            return List.of("din");
        }
        if (token.startsWith("abd")) {
            return splitAbd(token);
        }
        Matcher din = DIN.matcher(token);
        if (din.matches()) {
            return List.of(din.group(1), "din");
        }
        Matcher allah = ALLAH.matcher(token);
        if (allah.matches()) {
            return List.of(allah.group(1), "allah");
        }
        return List.of(token);
    }

    private static List<String> splitAbd(String token) {
        String rest = token.substring(3);
        if (rest.matches("(?:ou|u|e|a|o|i)?ll?ahi?|(?:u|a|e|o|ou)ll?a")) {
            return List.of("abd", "allah");
        }
        Matcher m = ABD.matcher(token);
        if (!m.matches()) {
            return List.of(token);
        }
        String attribute = m.group(1) + m.group(2);
        if (attribute.length() < MIN_ATTRIBUTE) {
            return List.of(token); // "Abdi", "Abdou", "Abdelli": names of their own
        }
        List<String> inner = split(attribute);
        return inner.size() == 1 ? List.of("abd", attribute) : List.of("abd", inner.get(0), inner.get(1));
    }
}

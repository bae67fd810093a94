package io.canonym.person;

import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * The form in which spellings are stored for search: lower case, Latin accents and special letters folded
 * (ł → l, ß → ss, Š → s), single spaces. Other scripts stay as they are, so "шойг" finds "Шойгу".
 */
public final class SearchText {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Pd}\\p{Pc}.,'’`]+");
    // ICU transliterators are not documented as thread-safe; one per thread is cheap.
    private static final ThreadLocal<Transliterator> FOLD = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("NFKD; [:Nonspacing Mark:] Remove; Latin-ASCII; Lower; NFC"));

    private SearchText() {
    }

    public static String normalize(String text) {
        return separated(isAscii(text) ? text.toLowerCase(java.util.Locale.ROOT) : FOLD.get().transliterate(text));
    }

    /** Through ICU whatever the text: the reference for the ASCII shortcut, which must answer the same. */
    static String normalizeThroughIcu(String text) {
        return separated(FOLD.get().transliterate(text));
    }

    private static String separated(String folded) {
        return SEPARATORS.matcher(folded).replaceAll(" ").strip();
    }

    /** ASCII needs no folding but lower case, and most of an English article's names are ASCII: ICU is the slow part. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}

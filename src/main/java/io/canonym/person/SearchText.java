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
        return SEPARATORS.matcher(FOLD.get().transliterate(text)).replaceAll(" ").strip();
    }
}

package io.canonym.mention.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a copy of the body that the rules can read, of exactly the same length, so that every offset
 * found in the copy is also an offset into the original body (the service stores offsets into the body).
 *
 * <p>Scraped and machine-translated articles carry HTML entity debris ("&amp;nbsp;", or "& nbsp" once a
 * translator has split it: "by & nbsplauren Walker"); it is blanked out. Control characters become
 * spaces too, except line breaks, which matter for bylines and headlines.
 */
final class BodyCleaner {
    // "&nbsp;", "& nbsp", "&amp;nbsp;", "&#160;", "&quot;" ... with or without the ';'. Only the entity is
    // blanked, so "& nbsplauren" leaves "lauren".
    private static final Pattern ENTITY = Pattern.compile(
            "&\\s?(?:amp;\\s?)?(?:nbsp|quot|apos|lt|gt|amp|ndash|mdash|lsquo|rsquo|ldquo|rdquo|hellip|#\\d{1,5}|#x[0-9a-fA-F]{1,4});?");

    private BodyCleaner() {
    }

    static String clean(String body) {
        char[] chars = body.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\r') {
                chars[i] = '\n';
            } else if (c != '\n' && (Character.isISOControl(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF')) {
                chars[i] = ' ';
            }
        }
        String text = new String(chars);
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        Matcher m = ENTITY.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}

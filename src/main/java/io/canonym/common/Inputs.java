package io.canonym.common;

import java.util.regex.Pattern;

/** Checks of client input shared by every API, so that the same mistake gets the same error everywhere. */
public final class Inputs {

    /** Control and format characters that have no place in a name or a title (tabs and new lines included). */
    private static final Pattern CONTROL_IN_LINE = Pattern.compile("[\\p{Cc}\\p{Cs}\\x{FFFE}\\x{FFFF}]");
    /** In running text new lines and tabs are fine; other control characters are not. */
    private static final Pattern CONTROL_IN_TEXT = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\p{Cs}\\x{FFFE}\\x{FFFF}]");

    private Inputs() {
    }

    /** A required single-line value: trimmed, not blank, at most {@code maxLength} characters. */
    public static String requiredLine(String field, String value, int maxLength) {
        String line = optionalLine(field, value, maxLength);
        if (line == null) {
            throw ApiException.badInput(field, "must not be empty");
        }
        return line;
    }

    /** An optional single-line value: null or blank becomes null; otherwise trimmed and checked. */
    public static String optionalLine(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String line = value.strip();
        if (line.length() > maxLength) {
            throw ApiException.badInput(field, "must be at most " + maxLength + " characters");
        }
        if (CONTROL_IN_LINE.matcher(line).find()) {
            throw ApiException.badInput(field, "must not contain control characters");
        }
        return line;
    }

    /** Required running text (an article body): not blank, at most {@code maxBytes} bytes of UTF-8. */
    public static String requiredText(String field, String value, int maxBytes) {
        if (value == null || value.isBlank()) {
            throw ApiException.badInput(field, "must not be empty");
        }
        // UTF-8 takes at most 3 bytes per UTF-16 unit, so short texts need no encoding to be checked.
        if (value.length() * 3L > maxBytes && Utf8.length(value) > maxBytes) {
            throw ApiException.badInput(field, "must be at most " + maxBytes + " bytes of UTF-8");
        }
        if (CONTROL_IN_TEXT.matcher(value).find()) {
            throw ApiException.badInput(field, "must not contain control characters other than tabs and new lines");
        }
        return value;
    }

    /** Parses a GraphQL {@code ID} of one of our entities. */
    public static long id(String field, String value) {
        if (value == null || value.isEmpty() || value.length() > 19) {
            throw ApiException.badInput(field, "is not a valid id");
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw ApiException.badInput(field, "is not a valid id");
            }
        }
        try {
            long id = Long.parseLong(value);
            if (id <= 0) {
                throw ApiException.badInput(field, "is not a valid id");
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiException.badInput(field, "is not a valid id");
        }
    }

    /** Counts UTF-8 bytes without encoding the whole string. */
    private static final class Utf8 {
        static long length(String s) {
            long bytes = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    bytes += 1;
                } else if (c < 0x800) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c)) {
                    bytes += 4;
                    i++;
                } else {
                    bytes += 3;
                }
            }
            return bytes;
        }
    }
}

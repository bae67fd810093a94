package io.canonym.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque pagination cursors. Clients must not parse them; we keep a version prefix so the format can change
 * without old cursors being misread.
 */
public final class Cursor {

    private static final String VERSION = "v1";
    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    /** Encodes the sort key of a row, e.g. its timestamp and id. */
    public static String encode(String kind, Object... keys) {
        StringBuilder raw = new StringBuilder(VERSION).append(SEPARATOR).append(kind);
        for (Object key : keys) {
            raw.append(SEPARATOR).append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor made by {@link #encode} for the same kind of list, with the expected number of keys.
     * Anything else is the client's mistake.
     */
    public static List<String> decode(String cursor, String kind, int keyCount) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(raw.split(SEPARATOR, -1));
            if (parts.size() != keyCount + 2 || !VERSION.equals(parts.get(0)) || !kind.equals(parts.get(1))) {
                throw invalid();
            }
            return parts.subList(2, parts.size());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public static ApiException invalid() {
        return ApiException.badInput("after", "is not a cursor of this list");
    }
}

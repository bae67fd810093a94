package io.canonym.common;

/**
 * The {@code first}/{@code after} arguments of a connection, checked: {@code first} defaults to
 * {@value #DEFAULT_SIZE} and is capped at {@value #MAX_SIZE}.
 */
public record PageRequest(int size, String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        if (first != null && first < 0) {
            throw ApiException.badInput("first", "must not be negative");
        }
        int size = first == null ? DEFAULT_SIZE : Math.min(first, MAX_SIZE);
        if (after != null && (after.isBlank() || after.length() > 512)) {
            throw Cursor.invalid();
        }
        return new PageRequest(size, after);
    }

    /** Rows to fetch: one more than the page, to learn whether another page follows. */
    public int fetchSize() {
        return size + 1;
    }
}

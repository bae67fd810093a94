package io.canonym.common;

/**
 * An error the client caused or can act on. Its message is shown to the client, so it must never carry SQL, stack
 * traces or other internals; anything else that escapes an API method is reported as {@link ErrorCode#INTERNAL}.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public ApiException(ErrorCode code, String message, String field) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public static ApiException badInput(String field, String message) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, field + ": " + message, field);
    }

    public static ApiException notFound(String type, Object id) {
        return new ApiException(ErrorCode.NOT_FOUND, type + " " + id + " does not exist", null);
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message, null);
    }

    public ErrorCode code() {
        return code;
    }

    /** The argument or input field that is wrong, as a path such as {@code input.title}; null when not one field. */
    public String field() {
        return field;
    }
}

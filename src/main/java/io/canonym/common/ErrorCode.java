package io.canonym.common;

/**
 * The stable set of {@code extensions.code} values that clients may branch on. Never rename one: front ends depend on
 * these strings.
 */
public enum ErrorCode {
    NOT_FOUND,
    BAD_USER_INPUT,
    CONFLICT,
    UNAUTHENTICATED,
    FORBIDDEN,
    INTERNAL
}

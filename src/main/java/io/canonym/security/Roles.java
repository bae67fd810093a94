package io.canonym.security;

/**
 * The groups (the token's {@code groups} claim) that Canonym knows. An admin is an editor too
 * ({@link AdminIsAlsoEditor}), so methods name the least group they need.
 */
public final class Roles {

    /** May change people, spellings, articles and mentions. */
    public static final String EDITOR = "editor";
    /** May also merge, unmerge and delete people. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}

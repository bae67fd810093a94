package io.canonym.mention.link;

/**
 * What the linker may know beyond the resolver's answers, looked up by the caller in bulk before linking.
 */
public interface ArticleFacts {
    /** Nothing known: no descriptions, no rejected pairs. */
    ArticleFacts NONE = new ArticleFacts() {
        @Override
        public String description(long personId) {
            return null;
        }

        @Override
        public boolean isRejected(long personId, String text) {
            return false;
        }
    };

    /** The person's description ("President of Ukraine"), or null. */
    String description(long personId);

    /** True when editors said that this spelling (as written; compared folded) is not this person. */
    boolean isRejected(long personId, String text);
}

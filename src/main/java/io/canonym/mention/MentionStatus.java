package io.canonym.mention;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

@Description("How far a mention has been resolved to a person.")
public enum MentionStatus {
    @Description("Resolved confidently by Canonym.")
    LINKED,
    @Description("Plausible candidates, none confident: an editor should decide.")
    NEEDS_REVIEW,
    @Description("A person's name that matches nobody known.")
    UNRESOLVED,
    @Description("Linked by an editor.")
    CONFIRMED,
    @Description("An editor said this is not the person Canonym proposed.")
    REJECTED;

    /** The statuses in which a mention says "this article is about that person". */
    public static final Set<MentionStatus> LINKING = EnumSet.of(LINKED, CONFIRMED);
}

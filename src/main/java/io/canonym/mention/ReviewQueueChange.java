package io.canonym.mention;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Something changed the review queue: an editor decided, or articles or people arrived.")
public class ReviewQueueChange {

    @NonNull
    @Description("What happened: ARTICLES_STORED, CONFIRMED, REJECTED or LATE_LINKED.")
    public String reason;

    @Description("The spelling concerned, when there is one.")
    public String spelling;

    @NonNull
    @Description("The mentions that changed or arrived.")
    @Id
    public List<@NonNull String> mentionIds;

    @NonNull
    public OffsetDateTime at;

    static ReviewQueueChange of(String reason, String spelling, List<Long> mentionIds) {
        ReviewQueueChange change = new ReviewQueueChange();
        change.reason = reason;
        change.spelling = spelling;
        change.mentionIds = mentionIds.stream().map(String::valueOf).toList();
        change.at = OffsetDateTime.now();
        return change;
    }
}

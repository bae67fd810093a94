package io.canonym.mention;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.canonym.common.Inputs;
import io.canonym.common.PageRequest;
import io.canonym.person.Person;
import io.canonym.person.PersonInput;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** The editors' desk for mentions: the review queue and the decisions that clear it. Mutations need an editor. */
@GraphQLApi
public class MentionReviewGraphQLApi {

    @Inject
    MentionReviewService review;
    @Inject
    ReviewQueueEvents events;

    @Query
    @Description("Mentions waiting for an editor (NEEDS_REVIEW and UNRESOLVED), the spellings with most open mentions "
            + "first, so that one decision (resolveAllMentions) clears many.")
    public @NonNull MentionConnection reviewQueue(Integer first, String after) {
        return MentionConnection.of(review.queue(PageRequest.of(first, after)), after != null);
    }

    @Mutation
    @Description("Links (or re-links) a mention to a person: status CONFIRMED. Its spelling becomes a learned variant "
            + "of the person, so the next article with it links on its own. With `version`, CONFLICT if the mention "
            + "changed since it was read.")
    public @NonNull Mention confirmMention(@NonNull @Id String mentionId, @NonNull @Id String personId, Integer version) {
        return review.confirm(Inputs.id("mentionId", mentionId), Inputs.id("personId", personId), version);
    }

    @Mutation
    @Description("Says a mention is not a person (by default the person it is linked to, or else its best candidate): "
            + "status REJECTED, and that spelling is never again linked automatically to that person, though editors "
            + "may still confirm it. With `version`, CONFLICT if the mention changed since it was read.")
    public @NonNull Mention rejectMention(@NonNull @Id String mentionId, @Id String personId, Integer version) {
        return review.reject(Inputs.id("mentionId", mentionId), personId == null ? null : Inputs.id("personId", personId), version);
    }

    @Mutation
    @Description("Creates a person from a mention's name (or from `input`) and confirms the mention to them.")
    public @NonNull Person createPersonFromMention(@NonNull @Id String mentionId, PersonInput input) {
        return review.createPersonFromMention(Inputs.id("mentionId", mentionId), input);
    }

    @Mutation
    @Description("Confirms every open mention of a spelling (compared without case and accents) to a person, at most "
            + "1000 per call, and teaches the spelling; returns the mentions it confirmed.")
    public @NonNull List<@NonNull Mention> resolveAllMentions(@NonNull String spelling, @NonNull @Id String personId) {
        return review.resolveAll(spelling, Inputs.id("personId", personId));
    }

    @Subscription
    @Description("Announces changes to the review queue (decisions, new articles with open mentions, late links) as "
            + "they are committed, over the graphql-transport-ws WebSocket protocol.")
    public Multi<@NonNull ReviewQueueChange> reviewQueueChanged() {
        return events.stream();
    }
}

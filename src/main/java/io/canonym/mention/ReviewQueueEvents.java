package io.canonym.mention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Tells every subscribed editor's screen about changes to the review queue, once the transaction that made them has
 * committed (a change rolled back is never announced). In-process: each instance announces what it committed.
 */
@ApplicationScoped
public class ReviewQueueEvents {

    private final BroadcastProcessor<ReviewQueueChange> changes = BroadcastProcessor.create();

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReviewQueueChange change) {
        changes.onNext(change);
    }

    public Multi<ReviewQueueChange> stream() {
        return changes;
    }
}

package io.mycelium.behaviour;

import io.mycelium.annotation.Actor;
import java.util.concurrent.CompletionStage;

/** A leaf of the chaos test's tree: counts work, and fails when told to. */
@Actor
public interface ChaosWorker {
    /** One unit of work with a unique id; throws when {@code explode}. */
    void work(long id, boolean explode);

    /** Answers how much work this instance did; throws when {@code explode}. */
    CompletionStage<Long> query(boolean explode);

    /** How much work this instance (since its last restart) did. */
    CompletionStage<Long> processedSinceStart();
}

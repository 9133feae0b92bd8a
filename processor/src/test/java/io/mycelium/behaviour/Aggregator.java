package io.mycelium.behaviour;

import io.mycelium.annotation.Actor;
import java.util.concurrent.CompletionStage;

/** An actor that asks another actor from inside its handlers. */
@Actor
public interface Aggregator {
    /** Asks the counter's total {@code times} times, adding each answer to its own sum. */
    void collect(int times);

    /** Increments its own sum directly: races with callbacks unless they run on its turn. */
    void bump();

    CompletionStage<Long> sum();

    /** How many ask callbacks ran outside this actor's turn (must stay 0). */
    CompletionStage<Integer> callbacksOffTurn();

    /** Asks the counter and blocks on the answer inside the handler. */
    CompletionStage<Long> totalByBlocking();

    /** Tells the counter with a blocking overflow policy from inside an actor. */
    CompletionStage<String> tellFromActor();
}

package io.mycelium.remote;

import io.mycelium.annotation.Actor;
import java.util.concurrent.CompletionStage;

/** An actor whose handler waits until the test opens it: a mailbox that stays full on purpose. */
@Actor
public interface Gate {
    /** Waits until the gate is open, then counts. */
    void pass(long n);

    /** How many passed. */
    CompletionStage<Long> passed();
}

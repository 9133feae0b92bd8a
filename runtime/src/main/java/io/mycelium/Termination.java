package io.mycelium;

import java.util.Objects;
import java.util.Optional;

/**
 * The notice that an actor (or a supervisor, or a pool) terminated, as delivered to watchers.
 *
 * @param actorName the name of the actor that terminated
 * @param cause empty for a normal stop ({@link ActorSystem#stop(Object)}, its parent stopping,
 *     the system closing); otherwise the failure that stopped it: its own (its supervisor decided
 *     {@link Decision#STOP}, or the failure was escalated to the guardian), or an
 *     {@link ActorTerminatedException} naming the linked actor whose termination stopped it
 */
public record Termination(String actorName, Optional<Throwable> cause) {

    /** Validates the components. */
    public Termination {
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(cause, "cause");
    }

    /** Whether the actor terminated because of a failure rather than a normal stop. */
    public boolean isFailure() {
        return cause.isPresent();
    }
}

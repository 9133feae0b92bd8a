package io.mycelium;

import java.util.Objects;

/**
 * A message that reached no handler, as passed to the listeners of
 * {@link ActorSystem#addDeadLetterListener(java.util.function.Consumer)}.
 *
 * @param actorName the actor it was sent to
 * @param messageName the protocol method it stands for, e.g. {@code placeOrder}
 * @param reason why it reached no handler, e.g. {@code actor stopped}
 * @param message the generated protocol record itself (e.g. {@code OrderBookProtocol.PlaceOrder}),
 *     so a listener can read its arguments
 */
public record DeadLetter(String actorName, String messageName, String reason, Object message) {

    /** Validates the components. */
    public DeadLetter {
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(messageName, "messageName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}

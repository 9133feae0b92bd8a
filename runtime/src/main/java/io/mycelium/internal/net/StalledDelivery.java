package io.mycelium.internal.net;

import io.mycelium.internal.AskFuture;

/**
 * A message from the peer that found its target's mailbox full under a block policy: the
 * connection reads nothing more until it is delivered, or until {@code deadlineNanos}.
 *
 * @param target where it goes
 * @param messageName its method, for dead letters and errors
 * @param message the decoded protocol record
 * @param reply the ask's future, or {@code null} for a tell
 * @param deadlineNanos when to give up (a {@link System#nanoTime()} value)
 */
record StalledDelivery(InboundTarget target, String messageName, Object message, AskFuture<?> reply,
        long deadlineNanos) {
}

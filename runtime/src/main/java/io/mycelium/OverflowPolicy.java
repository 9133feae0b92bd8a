package io.mycelium;

import java.time.Duration;
import java.util.Objects;

/**
 * What happens when a message arrives at a full mailbox. Nothing is ever dropped silently.
 *
 * <ul>
 *   <li>{@link #failFast()} (the default): a tell throws {@link MailboxFullException}; an ask
 *       completes exceptionally with it.
 *   <li>{@link #drop()}: a tell is dropped and counted as a dead letter
 *       ({@link ActorSystem#deadLetters()}), and logged at a bounded rate; an ask completes
 *       exceptionally with {@link MailboxFullException} so that it never hangs.
 *   <li>{@link #block(Duration)}: a caller that is not an actor waits up to the timeout for
 *       room, then fails as with {@code failFast}. An actor is never allowed to block on another
 *       actor's mailbox (that is how cycles of actors deadlock): for an actor caller this policy
 *       fails fast.
 * </ul>
 */
public sealed interface OverflowPolicy {

    /** Refuse at once: the tell throws, the ask completes exceptionally. */
    static OverflowPolicy failFast() {
        return FailFast.INSTANCE;
    }

    /** Drop the message and count it as a dead letter; asks still complete exceptionally. */
    static OverflowPolicy drop() {
        return Drop.INSTANCE;
    }

    /** Let callers that are not actors wait up to {@code timeout} for room in the mailbox. */
    static OverflowPolicy block(Duration timeout) {
        return new Block(timeout);
    }

    /** See {@link OverflowPolicy#failFast()}. */
    enum FailFast implements OverflowPolicy {
        /** The only instance. */
        INSTANCE
    }

    /** See {@link OverflowPolicy#drop()}. */
    enum Drop implements OverflowPolicy {
        /** The only instance. */
        INSTANCE
    }

    /**
     * See {@link OverflowPolicy#block(Duration)}.
     *
     * @param timeout how long a caller that is not an actor may wait for room; positive
     */
    record Block(Duration timeout) implements OverflowPolicy {
        /** Validates the timeout. */
        public Block {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("block timeout must be positive, got " + timeout);
            }
        }
    }
}

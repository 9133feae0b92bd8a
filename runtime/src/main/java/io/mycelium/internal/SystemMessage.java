package io.mycelium.internal;

/**
 * A message the runtime itself sends to an actor: it bypasses the bounded mailbox (so that
 * stop requests and ask replies are never refused) and runs on the actor's turn, before the
 * actor's next user message.
 */
interface SystemMessage {

    /** Runs on {@code cell}'s turn. */
    void runInTurn(ActorCell<?> cell);
}

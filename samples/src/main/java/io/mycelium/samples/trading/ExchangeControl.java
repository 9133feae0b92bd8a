package io.mycelium.samples.trading;

import io.mycelium.annotation.Actor;
import java.util.concurrent.CompletionStage;

/**
 * What the strategies' process needs from the exchange's process beyond the book and market
 * data: the exchange's dead letters, which belong in the session's checks, and a way to say the
 * session is over so that the exchange process can exit.
 */
@Actor
public interface ExchangeControl {

    /** Ask: messages that reached no handler in the exchange's process so far. */
    CompletionStage<Long> deadLetters();

    /** Tell: the session is over; the exchange process stops its actors and exits. */
    void sessionOver();
}

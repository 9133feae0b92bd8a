package io.mycelium.samples.trading;

import io.mycelium.annotation.Actor;
import java.util.concurrent.CompletionStage;

/** A trading strategy: reacts to market data by placing and cancelling orders on the book. */
@Actor
public interface Strategy {

    /** Tell, from market data: the top of the book changed. */
    void onQuote(Quote quote);

    /** Tell, from market data: a trade happened (possibly this strategy's own). */
    void onTrade(Fill fill);

    /** Tell: stop sending orders (the session is over); keep accounting for trades. */
    void halt();

    /** Ask: what this strategy has done. */
    CompletionStage<StrategyReport> report();
}

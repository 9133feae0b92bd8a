package io.mycelium.samples.trading;

import io.mycelium.annotation.Actor;
import java.util.concurrent.CompletionStage;

/** Fans the book's quotes and trades out to every subscribed strategy. */
@Actor
public interface MarketData {

    /** Tell: from now on, send quotes and trades to {@code subscriber}, a typed actor reference. */
    void subscribe(Strategy subscriber);

    /** Tell, from the book: the top of the book changed. */
    void onQuote(Quote quote);

    /** Tell, from the book: a trade happened. */
    void onTrade(Fill fill);

    /** Ask: what was published so far. */
    CompletionStage<MarketDataStats> stats();
}

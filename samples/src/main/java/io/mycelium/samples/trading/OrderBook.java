package io.mycelium.samples.trading;

import io.mycelium.annotation.Actor;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A single-instrument order book with price-time priority. Every change of the top of the book
 * and every trade is published to {@link MarketData}.
 */
@Actor
public interface OrderBook {

    /** Tell: match a limit order; what does not trade at once rests in the book. */
    void placeOrder(Order order);

    /** Tell: cancel a resting order of {@code owner}; too late if it has traded meanwhile. */
    void cancel(String owner, long orderId);

    /** Ask: match an immediate-or-cancel order and reply with its fills; the rest expires. */
    CompletionStage<List<Fill>> match(Order order);

    /** Ask: the best {@code levels} price levels of each side. */
    CompletionStage<Depth> depth(int levels);

    /** Ask: what the book has done so far. */
    CompletionStage<BookStats> stats();
}

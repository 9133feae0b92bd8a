package io.mycelium.samples.trading;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The order book actor: a {@link MatchingEngine} plus publication of trades and top-of-book
 * changes to market data. Its fields need no locks: the actor handles one message at a time.
 */
public final class OrderBookImpl implements OrderBook {
    private final MatchingEngine engine = new MatchingEngine();
    private final MarketData marketData;
    private Quote lastQuote = new Quote(0, 0, 0, 0, 0);
    private long messages;

    /** A book that publishes to {@code marketData}. */
    public OrderBookImpl(MarketData marketData) {
        this.marketData = marketData;
    }

    @Override
    public void placeOrder(Order order) {
        messages++;
        publish(engine.submit(order, false));
    }

    @Override
    public void cancel(String owner, long orderId) {
        messages++;
        if (engine.cancel(owner, orderId)) {
            publishQuoteIfChanged();
        }
    }

    @Override
    public CompletionStage<List<Fill>> match(Order order) {
        messages++;
        List<Fill> fills = List.copyOf(engine.submit(order, true));
        publish(fills);
        return CompletableFuture.completedFuture(fills);
    }

    @Override
    public CompletionStage<Depth> depth(int levels) {
        messages++;
        return CompletableFuture.completedFuture(engine.depth(Math.max(0, levels)));
    }

    @Override
    public CompletionStage<BookStats> stats() {
        messages++;
        return CompletableFuture.completedFuture(engine.stats(messages));
    }

    private void publish(List<Fill> fills) {
        // Market data is spawned with OverflowPolicy.drop(): if it ever fell behind, a tell here
        // would be counted as a dead letter instead of throwing and failing the book.
        for (Fill fill : fills) {
            marketData.onTrade(fill);
        }
        publishQuoteIfChanged();
    }

    private void publishQuoteIfChanged() {
        Quote top = engine.top(lastQuote.sequence() + 1);
        if (top.bidPrice() != lastQuote.bidPrice() || top.bidQuantity() != lastQuote.bidQuantity()
                || top.askPrice() != lastQuote.askPrice() || top.askQuantity() != lastQuote.askQuantity()) {
            lastQuote = top;
            marketData.onQuote(top);
        }
    }
}

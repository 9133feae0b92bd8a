package io.mycelium.samples.trading;

import io.mycelium.ConnectionLostException;
import io.mycelium.MailboxFullException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The market-data actor. Subscribers are typed actor references; a tell to one is a non-blocking
 * enqueue, so one slow strategy never holds up the others. A subscriber whose mailbox is full
 * refuses the message ({@link MailboxFullException}, the default fail-fast policy), and so does
 * a subscriber in another process whose connection is down ({@link ConnectionLostException}):
 * that is counted, never allowed to fail this actor.
 */
public final class MarketDataImpl implements MarketData {
    private final List<Strategy> subscribers = new ArrayList<>();
    private final LatencyRecorder orderToTrade = new LatencyRecorder(1 << 20);
    private long quotes;
    private long trades;
    private long volume;
    private long deliveries;
    private long refused;
    private long messages;

    @Override
    public void subscribe(Strategy subscriber) {
        messages++;
        subscribers.add(subscriber);
    }

    @Override
    public void onQuote(Quote quote) {
        messages++;
        quotes++;
        for (Strategy subscriber : subscribers) {
            try {
                subscriber.onQuote(quote);
                deliveries++;
            } catch (MailboxFullException | ConnectionLostException e) {
                refused++;
            }
        }
    }

    @Override
    public void onTrade(Fill fill) {
        messages++;
        trades++;
        volume += fill.quantity();
        orderToTrade.record(System.nanoTime() - fill.aggressorSentNanos());
        for (Strategy subscriber : subscribers) {
            try {
                subscriber.onTrade(fill);
                deliveries++;
            } catch (MailboxFullException | ConnectionLostException e) {
                refused++;
            }
        }
    }

    @Override
    public CompletionStage<MarketDataStats> stats() {
        messages++;
        return CompletableFuture.completedFuture(new MarketDataStats(subscribers.size(), quotes,
                trades, volume, deliveries, refused, messages, orderToTrade.summary()));
    }
}

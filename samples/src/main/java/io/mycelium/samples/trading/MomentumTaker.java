package io.mycelium.samples.trading;

import io.mycelium.MailboxFullException;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Takes liquidity when a fast moving average of trade prices leaves a slow one behind: in the
 * direction of the move (momentum), or against it (contrarian, {@code direction = -1}).
 *
 * <p>It trades with an immediate-or-cancel <em>ask</em>, {@link OrderBook#match(Order)}, and
 * books the reply's fills in the callback, on its own turn.
 */
public final class MomentumTaker extends StrategyBase {

    /**
     * How the taker trades.
     *
     * @param direction +1 to follow moves, -1 to fade them
     * @param fastWeight weight of a new trade price in the fast average (0..1)
     * @param slowWeight weight of a new trade price in the slow average, below {@code fastWeight}
     * @param thresholdTicks trade when the averages are this far apart
     * @param clip lots per order
     * @param maxPosition never grow a position beyond this
     * @param cooldownTrades trades to wait between two orders
     * @param slippageTicks how far through the best opposite price it is willing to trade
     * @param orderBudget most orders it sends in a session
     */
    public record Params(int direction, double fastWeight, double slowWeight,
            double thresholdTicks, long clip, long maxPosition, int cooldownTrades,
            long slippageTicks, long orderBudget) {
    }

    private final Params params;
    private Quote lastQuote;
    private double fast;
    private double slow;
    private boolean started;
    private boolean pending;
    private long tradesSinceOrder;
    private long lotsTaken;
    private long misses;

    /** A taker trading as {@code name}, account number {@code accountNumber}. */
    public MomentumTaker(String name, int accountNumber, OrderBook book, Params params) {
        super(name, accountNumber, book);
        this.params = params;
    }

    @Override
    String kind() {
        return params.direction() > 0 ? "momentum taker" : "contrarian taker";
    }

    @Override
    String notes() {
        return asks + " IOC orders, " + lotsTaken + " lots taken, " + misses + " missed";
    }

    @Override
    public void onQuote(Quote quote) {
        enterTurn();
        try {
            lastQuote = quote;
        } finally {
            exitTurn();
        }
    }

    @Override
    public void onTrade(Fill fill) {
        enterTurn();
        try {
            account(fill);
            if (!started) {
                fast = fill.price();
                slow = fill.price();
                started = true;
            }
            fast += params.fastWeight() * (fill.price() - fast);
            slow += params.slowWeight() * (fill.price() - slow);
            tradesSinceOrder++;
            maybeTrade();
        } finally {
            exitTurn();
        }
    }

    private void maybeTrade() {
        if (halted || pending || lastQuote == null || ordersSent >= params.orderBudget()
                || tradesSinceOrder < params.cooldownTrades()) {
            return;
        }
        double signal = params.direction() * (fast - slow);
        if (Math.abs(signal) < params.thresholdTicks()) {
            return;
        }
        Side side = signal > 0 ? Side.BUY : Side.SELL;
        long after = position() + (side == Side.BUY ? params.clip() : -params.clip());
        if (Math.abs(after) > params.maxPosition()) {
            return;
        }
        long price;
        if (side == Side.BUY) {
            price = lastQuote.hasAsk() ? lastQuote.askPrice() + params.slippageTicks() : 0;
        } else {
            price = lastQuote.hasBid() ? lastQuote.bidPrice() - params.slippageTicks() : 0;
        }
        if (price <= 0) {
            return;
        }
        pending = true;
        asks++;
        ordersSent++;
        tradesSinceOrder = 0;
        book.match(newOrder(side, price, params.clip())).whenComplete((fills, failure) -> {
            // Runs on this actor's turn: no lock needed for pending, lotsTaken, misses.
            enterTurn();
            try {
                replies++;
                pending = false;
                if (failure == null) {
                    booked(fills);
                } else if (unwrap(failure) instanceof MailboxFullException) {
                    ordersSent--;
                    refused++;
                }
            } finally {
                exitTurn();
            }
        });
    }

    private void booked(List<Fill> fills) {
        long lots = 0;
        for (Fill fill : fills) {
            lots += fill.quantity();
        }
        if (lots == 0) {
            misses++;
        }
        lotsTaken += lots;
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }
}

package io.mycelium.samples.trading;

/**
 * Keeps one bid and one ask around its estimate of fair value, leaning against its inventory.
 *
 * <p>Fair value follows the trade prints. When it moves, or when one of its quotes is filled, the
 * market maker <em>asks</em> the book for its top level and requotes in the reply's callback. That
 * callback touches {@code bid}, {@code ask} and {@code depthPending} without locks: an ask made
 * inside an actor resumes on the actor's own turn (see {@link StrategyBase#enterTurn()}).
 */
public final class MarketMaker extends StrategyBase {

    /**
     * How the market maker quotes.
     *
     * @param halfSpread ticks between fair value and each quote
     * @param size lots per quote
     * @param maxPosition stop quoting the side that would grow a position beyond this
     * @param requoteTicks requote when fair value moved this far from the last quote's centre
     * @param orderBudget most orders it sends in a session
     * @param initialFair fair value before the first trade, in ticks
     */
    public record Params(long halfSpread, long size, long maxPosition, long requoteTicks,
            long orderBudget, long initialFair) {
    }

    private static final double FAIR_WEIGHT = 0.2;

    /** One of its own orders, resting (as far as it knows). */
    private static final class Working {
        final long id;
        final long price;
        long remaining;

        Working(long id, long price, long remaining) {
            this.id = id;
            this.price = price;
            this.remaining = remaining;
        }
    }

    private final Params params;
    private double fair;
    private long quotedFair;
    private Working bid;
    private Working ask;
    private boolean depthPending;
    private long requotes;
    private long lotsFilled;

    /** A market maker trading as {@code name}, account number {@code accountNumber}. */
    public MarketMaker(String name, int accountNumber, OrderBook book, Params params) {
        super(name, accountNumber, book);
        this.params = params;
        this.fair = params.initialFair();
        this.quotedFair = params.initialFair();
    }

    @Override
    String kind() {
        return "market maker";
    }

    @Override
    String notes() {
        return requotes + " requotes, " + lotsFilled + " lots filled passively";
    }

    @Override
    public void onQuote(Quote quote) {
        enterTurn();
        try {
            if (bid == null && ask == null) {
                maybeRequote();
            }
        } finally {
            exitTurn();
        }
    }

    @Override
    public void onTrade(Fill fill) {
        enterTurn();
        try {
            account(fill);
            if (bid != null && fill.buyOrderId() == bid.id) {
                lotsFilled += fill.quantity();
                bid.remaining -= fill.quantity();
                if (bid.remaining <= 0) {
                    bid = null;
                }
            }
            if (ask != null && fill.sellOrderId() == ask.id) {
                lotsFilled += fill.quantity();
                ask.remaining -= fill.quantity();
                if (ask.remaining <= 0) {
                    ask = null;
                }
            }
            fair += FAIR_WEIGHT * (fill.price() - fair);
            maybeRequote();
        } finally {
            exitTurn();
        }
    }

    private void maybeRequote() {
        if (halted || depthPending || ordersSent >= params.orderBudget()) {
            return;
        }
        boolean needBid = bid == null && position() < params.maxPosition();
        boolean needAsk = ask == null && position() > -params.maxPosition();
        boolean moved = Math.abs(Math.round(fair) - quotedFair) >= params.requoteTicks();
        if (!needBid && !needAsk && !moved) {
            return;
        }
        depthPending = true;
        asks++;
        book.depth(1).whenComplete((depth, failure) -> {
            // Runs on this actor's turn, never concurrently with onTrade/onQuote.
            enterTurn();
            try {
                replies++;
                depthPending = false;
                if (failure == null) {
                    requote(depth);
                }
            } finally {
                exitTurn();
            }
        });
    }

    private void requote(Depth depth) {
        if (halted) {
            return;
        }
        requotes++;
        quotedFair = Math.round(fair);
        long centre = quotedFair - position() * params.halfSpread() / params.maxPosition();
        long bidPrice = centre - params.halfSpread();
        long askPrice = centre + params.halfSpread();
        // Post only: never cross someone else's resting order. Its own old quotes do not count:
        // their cancels go out first, and one sender's messages arrive in order.
        long bestAsk = depth.bestAsk();
        if (bestAsk > 0 && bidPrice >= bestAsk && (ask == null || ask.price != bestAsk)) {
            bidPrice = bestAsk - 1;
        }
        long bestBid = depth.bestBid();
        if (bestBid > 0 && askPrice <= bestBid && (bid == null || bid.price != bestBid)) {
            askPrice = bestBid + 1;
        }
        bid = replace(bid, Side.BUY, bidPrice, position() < params.maxPosition());
        ask = replace(ask, Side.SELL, askPrice, position() > -params.maxPosition());
    }

    private Working replace(Working working, Side side, long price, boolean allowed) {
        if (working != null && working.price == price && allowed) {
            return working;
        }
        if (working != null && !cancel(working.id)) {
            return working;
        }
        if (!allowed || price <= 0 || ordersSent >= params.orderBudget()) {
            return null;
        }
        Order order = newOrder(side, price, params.size());
        return place(order) ? new Working(order.id(), price, params.size()) : null;
    }
}

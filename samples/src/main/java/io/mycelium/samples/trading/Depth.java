package io.mycelium.samples.trading;

import java.util.List;

/**
 * The best price levels of each side.
 *
 * @param bids best (highest) first
 * @param asks best (lowest) first
 */
public record Depth(List<Level> bids, List<Level> asks) {

    /** Copies the lists. */
    public Depth {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }

    /** The best bid price, or 0 if nobody bids. */
    public long bestBid() {
        return bids.isEmpty() ? 0 : bids.get(0).price();
    }

    /** The best ask price, or 0 if nobody offers. */
    public long bestAsk() {
        return asks.isEmpty() ? 0 : asks.get(0).price();
    }
}

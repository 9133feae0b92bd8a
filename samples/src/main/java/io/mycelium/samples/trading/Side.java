package io.mycelium.samples.trading;

/** Which side of the book an order is on. */
public enum Side {
    /** Wants to buy: rests on the bid side, matches against asks. */
    BUY,
    /** Wants to sell: rests on the ask side, matches against bids. */
    SELL;

    /** The side this one trades against. */
    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}

package io.mycelium.samples.trading;

/**
 * The top of the book: best bid and best ask. An empty side has price 0 and quantity 0.
 *
 * @param sequence 1, 2, ... in the order the book published them
 * @param bidPrice best bid in ticks
 * @param bidQuantity lots resting at the best bid
 * @param askPrice best ask in ticks
 * @param askQuantity lots resting at the best ask
 */
public record Quote(long sequence, long bidPrice, long bidQuantity, long askPrice, long askQuantity) {

    /** Whether anyone bids. */
    public boolean hasBid() {
        return bidQuantity > 0;
    }

    /** Whether anyone offers. */
    public boolean hasAsk() {
        return askQuantity > 0;
    }
}

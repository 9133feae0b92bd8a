package io.mycelium.samples.trading;

/**
 * One trade: an aggressive order matched a resting one at the resting order's price.
 *
 * @param sequence 1, 2, ... in the order the book matched them
 * @param price in ticks
 * @param quantity lots
 * @param aggressor the side of the incoming order that crossed the spread
 * @param buyOrderId the buying order
 * @param buyer the buying account
 * @param sellOrderId the selling order
 * @param seller the selling account
 * @param aggressorSentNanos when the incoming order was sent ({@link Order#sentNanos()})
 */
public record Fill(long sequence, long price, long quantity, Side aggressor,
        long buyOrderId, String buyer, long sellOrderId, String seller, long aggressorSentNanos) {
}

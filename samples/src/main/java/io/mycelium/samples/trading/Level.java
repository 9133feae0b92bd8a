package io.mycelium.samples.trading;

/**
 * One price level of the book.
 *
 * @param price in ticks
 * @param quantity lots resting at this price
 * @param orders how many orders rest at this price
 */
public record Level(long price, long quantity, int orders) {
}

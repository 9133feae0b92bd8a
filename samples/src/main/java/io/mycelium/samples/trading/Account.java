package io.mycelium.samples.trading;

/**
 * What one account traded, as the book recorded it.
 *
 * @param owner the account
 * @param bought lots bought
 * @param sold lots sold
 * @param cash ticks received for sales minus ticks paid for purchases
 */
public record Account(String owner, long bought, long sold, long cash) {

    /** Lots held: positive long, negative short. */
    public long position() {
        return bought - sold;
    }

    /** Profit in ticks if the position were closed at {@code markPrice}. */
    public long pnl(long markPrice) {
        return cash + position() * markPrice;
    }
}

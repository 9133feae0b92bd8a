package io.mycelium.samples.trading;

/**
 * What one strategy did, from its own point of view.
 *
 * @param name the strategy's actor name, also its account
 * @param kind what kind of strategy it is
 * @param ordersSent orders sent to the book (limit and immediate-or-cancel)
 * @param cancelsSent cancels sent to the book
 * @param refused orders or cancels the book's full mailbox refused (not sent)
 * @param asks asks it made to the book from inside its own turn
 * @param replies ask replies whose callbacks ran on its turn
 * @param turnViolations handlers or callbacks that overlapped another of its own (must be 0)
 * @param tradesSeen trades it received from market data
 * @param ownFills of those, trades it was a party to
 * @param bought lots it bought, by its own account of the trade feed
 * @param sold lots it sold
 * @param cash ticks received minus ticks paid
 * @param messages messages it handled
 * @param notes a few words on what it did, for people
 */
public record StrategyReport(String name, String kind, long ordersSent, long cancelsSent,
        long refused, long asks, long replies, long turnViolations, long tradesSeen, long ownFills,
        long bought, long sold, long cash, long messages, String notes) {

    /** Lots held: positive long, negative short. */
    public long position() {
        return bought - sold;
    }
}

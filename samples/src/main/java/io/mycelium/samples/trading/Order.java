package io.mycelium.samples.trading;

/**
 * A limit order. Prices are integer ticks (1 tick = 0.01), quantities whole lots.
 *
 * @param id unique across the book; every participant draws ids from its own range
 *     ({@link #id(int, long)})
 * @param owner the account that trades it
 * @param side buy or sell
 * @param price the limit price in ticks: the worst price the owner accepts
 * @param quantity lots, positive
 * @param sentNanos {@link System#nanoTime()} when the owner sent it, to measure latency
 */
public record Order(long id, String owner, Side side, long price, long quantity, long sentNanos) {

    private static final long IDS_PER_ACCOUNT = 1_000_000_000_000L;

    /** The {@code sequence}-th order id of account number {@code account} (1, 2, ...). */
    public static long id(int account, long sequence) {
        return account * IDS_PER_ACCOUNT + sequence;
    }
}

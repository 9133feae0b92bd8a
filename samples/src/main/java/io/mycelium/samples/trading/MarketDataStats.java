package io.mycelium.samples.trading;

/**
 * What the market-data actor published.
 *
 * @param subscribers strategies subscribed
 * @param quotes top-of-book updates received from the book
 * @param trades trades received from the book
 * @param volume lots in those trades
 * @param deliveries messages sent on to subscribers
 * @param refused deliveries a subscriber's full mailbox refused
 * @param messages messages this actor handled
 * @param orderToTrade from an aggressive order's tell to its trade reaching market data
 */
public record MarketDataStats(int subscribers, long quotes, long trades, long volume,
        long deliveries, long refused, long messages, Latency orderToTrade) {
}

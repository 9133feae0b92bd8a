package io.mycelium.samples.trading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A limit order book with price-time priority: an incoming order trades against the best
 * opposite price first and, at one price, against the order that arrived there first; it trades
 * at the resting order's price. Plain single-threaded code: {@link OrderBookImpl} owns one and
 * the actor model makes sure only one message touches it at a time.
 */
final class MatchingEngine {

    private static final class Resting {
        final Order order;
        long remaining;

        Resting(Order order, long remaining) {
            this.order = order;
            this.remaining = remaining;
        }
    }

    private static final class PriceLevel {
        final long price;
        final ArrayDeque<Resting> queue = new ArrayDeque<>();
        long quantity;

        PriceLevel(long price) {
            this.price = price;
        }
    }

    private static final class Ledger {
        long bought;
        long sold;
        long cash;
    }

    private final NavigableMap<Long, PriceLevel> bids = new TreeMap<>(Comparator.reverseOrder());
    private final NavigableMap<Long, PriceLevel> asks = new TreeMap<>();
    private final Map<Long, Resting> restingById = new HashMap<>();
    private final Set<Long> seenIds = new HashSet<>();
    private final Map<String, Ledger> ledgers = new HashMap<>();

    private long accepted;
    private long rejected;
    private long filled;
    private long cancelled;
    private long expired;
    private long cancelRejects;
    private long trades;
    private long volume;
    private long lastPrice;

    /**
     * Matches {@code order}; what is left rests in the book, or with {@code immediateOrCancel}
     * expires. Returns the fills, in the order they happened; none if the order was rejected.
     */
    List<Fill> submit(Order order, boolean immediateOrCancel) {
        if (order.quantity() <= 0 || order.price() <= 0 || order.owner() == null
                || order.side() == null || !seenIds.add(order.id())) {
            rejected++;
            return List.of();
        }
        accepted++;
        List<Fill> fills = new ArrayList<>(2);
        long remaining = order.quantity();
        NavigableMap<Long, PriceLevel> opposite = order.side() == Side.BUY ? asks : bids;
        while (remaining > 0 && !opposite.isEmpty()) {
            PriceLevel best = opposite.firstEntry().getValue();
            boolean crosses = order.side() == Side.BUY
                    ? best.price <= order.price() : best.price >= order.price();
            if (!crosses) {
                break;
            }
            Resting maker = best.queue.peekFirst();
            long quantity = Math.min(remaining, maker.remaining);
            remaining -= quantity;
            maker.remaining -= quantity;
            best.quantity -= quantity;
            fills.add(trade(order, maker.order, best.price, quantity));
            if (maker.remaining == 0) {
                best.queue.pollFirst();
                restingById.remove(maker.order.id());
                filled++;
                if (best.queue.isEmpty()) {
                    opposite.pollFirstEntry();
                }
            }
        }
        if (remaining == 0) {
            filled++;
        } else if (immediateOrCancel) {
            expired++;
        } else {
            NavigableMap<Long, PriceLevel> own = order.side() == Side.BUY ? bids : asks;
            PriceLevel level = own.computeIfAbsent(order.price(), PriceLevel::new);
            Resting resting = new Resting(order, remaining);
            level.queue.addLast(resting);
            level.quantity += remaining;
            restingById.put(order.id(), resting);
        }
        return fills;
    }

    private Fill trade(Order taker, Order maker, long price, long quantity) {
        Order buy = taker.side() == Side.BUY ? taker : maker;
        Order sell = taker.side() == Side.BUY ? maker : taker;
        Ledger buyer = ledgers.computeIfAbsent(buy.owner(), k -> new Ledger());
        buyer.bought += quantity;
        buyer.cash -= price * quantity;
        Ledger seller = ledgers.computeIfAbsent(sell.owner(), k -> new Ledger());
        seller.sold += quantity;
        seller.cash += price * quantity;
        trades++;
        volume += quantity;
        lastPrice = price;
        return new Fill(trades, price, quantity, taker.side(), buy.id(), buy.owner(), sell.id(),
                sell.owner(), taker.sentNanos());
    }

    /** Cancels the resting order {@code orderId} of {@code owner}; {@code false} if there is none. */
    boolean cancel(String owner, long orderId) {
        Resting resting = restingById.get(orderId);
        if (resting == null || !resting.order.owner().equals(owner)) {
            cancelRejects++;
            return false;
        }
        restingById.remove(orderId);
        NavigableMap<Long, PriceLevel> side = resting.order.side() == Side.BUY ? bids : asks;
        PriceLevel level = side.get(resting.order.price());
        level.queue.remove(resting);
        level.quantity -= resting.remaining;
        if (level.queue.isEmpty()) {
            side.remove(level.price);
        }
        cancelled++;
        return true;
    }

    /** The top of the book, numbered {@code sequence}. */
    Quote top(long sequence) {
        Map.Entry<Long, PriceLevel> bid = bids.firstEntry();
        Map.Entry<Long, PriceLevel> ask = asks.firstEntry();
        return new Quote(sequence,
                bid == null ? 0 : bid.getKey(), bid == null ? 0 : bid.getValue().quantity,
                ask == null ? 0 : ask.getKey(), ask == null ? 0 : ask.getValue().quantity);
    }

    /** The best {@code levels} price levels of each side. */
    Depth depth(int levels) {
        return new Depth(levels(bids, levels), levels(asks, levels));
    }

    private static List<Level> levels(NavigableMap<Long, PriceLevel> side, int max) {
        List<Level> result = new ArrayList<>(Math.min(max, side.size()));
        Iterator<PriceLevel> it = side.values().iterator();
        while (result.size() < max && it.hasNext()) {
            PriceLevel level = it.next();
            result.add(new Level(level.price, level.quantity, level.queue.size()));
        }
        return result;
    }

    /** Counters and accounts; {@code messages} is the owning actor's message count. */
    BookStats stats(long messages) {
        List<Account> accounts = new ArrayList<>(ledgers.size());
        ledgers.forEach((owner, l) -> accounts.add(new Account(owner, l.bought, l.sold, l.cash)));
        accounts.sort(Comparator.comparing(Account::owner));
        return new BookStats(accepted, rejected, filled, cancelled, expired, restingById.size(),
                cancelRejects, trades, volume, lastPrice, messages, accounts);
    }
}

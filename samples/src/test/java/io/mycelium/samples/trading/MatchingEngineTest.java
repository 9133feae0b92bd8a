package io.mycelium.samples.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingEngineTest {
    private final MatchingEngine engine = new MatchingEngine();
    private long nextId;

    private Order order(String owner, Side side, long price, long quantity) {
        return new Order(++nextId, owner, side, price, quantity, 0);
    }

    @Test
    void betterPriceTradesFirstThenEarlierOrderAtOnePrice() {
        Order first = order("a", Side.SELL, 101, 5);
        Order second = order("b", Side.SELL, 101, 5);
        Order better = order("c", Side.SELL, 100, 5);
        engine.submit(first, false);
        engine.submit(second, false);
        engine.submit(better, false);

        List<Fill> fills = engine.submit(order("buyer", Side.BUY, 101, 12), false);

        assertEquals(3, fills.size());
        assertEquals(List.of(better.id(), first.id(), second.id()),
                fills.stream().map(Fill::sellOrderId).toList());
        assertEquals(List.of(100L, 101L, 101L), fills.stream().map(Fill::price).toList());
        assertEquals(List.of(5L, 5L, 2L), fills.stream().map(Fill::quantity).toList());
        // 3 lots of the second order rest on; the buyer is filled completely.
        assertEquals(new Depth(List.of(), List.of(new Level(101, 3, 1))), engine.depth(5));
        BookStats stats = engine.stats(0);
        assertEquals(3, stats.filled());
        assertEquals(1, stats.resting());
    }

    @Test
    void aPassiveOrderDoesNotTradeAndRestsBehindEarlierOrdersAtItsPrice() {
        engine.submit(order("a", Side.BUY, 99, 1), false);
        engine.submit(order("b", Side.BUY, 99, 2), false);
        assertTrue(engine.submit(order("c", Side.SELL, 100, 4), false).isEmpty());
        Fill fill = engine.submit(order("d", Side.SELL, 99, 1), false).get(0);
        assertEquals("a", fill.buyer());
        assertEquals(Side.SELL, fill.aggressor());
        assertEquals(new Quote(7, 99, 2, 100, 4), engine.top(7));
    }

    @Test
    void immediateOrCancelRemainderExpiresInsteadOfResting() {
        engine.submit(order("a", Side.SELL, 100, 3), false);
        List<Fill> fills = engine.submit(order("b", Side.BUY, 100, 10), true);
        assertEquals(1, fills.size());
        assertEquals(3, fills.get(0).quantity());
        BookStats stats = engine.stats(0);
        assertEquals(1, stats.expired());
        assertEquals(0, stats.resting());
        assertEquals(new Depth(List.of(), List.of()), engine.depth(5));
    }

    @Test
    void cancelRemovesOnlyTheOwnersRestingOrder() {
        Order resting = order("a", Side.BUY, 99, 5);
        engine.submit(resting, false);
        assertFalse(engine.cancel("intruder", resting.id()));
        assertTrue(engine.cancel("a", resting.id()));
        assertFalse(engine.cancel("a", resting.id()), "cancelling twice is too late");
        BookStats stats = engine.stats(0);
        assertEquals(1, stats.cancelled());
        assertEquals(2, stats.cancelRejects());
        assertEquals(0, stats.resting());
    }

    @Test
    void rejectsNonsenseAndDuplicateIds() {
        Order ok = order("a", Side.BUY, 99, 5);
        engine.submit(ok, false);
        engine.submit(ok, false);
        engine.submit(order("a", Side.BUY, 0, 5), false);
        engine.submit(order("a", Side.BUY, 99, 0), false);
        BookStats stats = engine.stats(0);
        assertEquals(1, stats.accepted());
        assertEquals(3, stats.rejected());
    }

    @Test
    void accountsBalance() {
        engine.submit(order("maker", Side.SELL, 100, 4), false);
        engine.submit(order("taker", Side.BUY, 105, 3), false);
        assertEquals(List.of(new Account("maker", 0, 3, 300), new Account("taker", 3, 0, -300)),
                engine.stats(0).accounts());
        assertEquals(new Level(100, 1, 1), engine.depth(1).asks().get(0));
    }
}

package io.mycelium.samples.trading;

import io.mycelium.ActorSystem;
import io.mycelium.Dispatcher;
import io.mycelium.IdleStrategy;
import io.mycelium.OverflowPolicy;
import io.mycelium.SpawnOptions;
import java.time.Duration;

/**
 * The exchange side of a session: the order book and the market data it publishes to. The
 * strategies and the order flow only ever see these two references, so they run the same whether
 * the exchange was spawned beside them ({@link #spawn}) or lives in another process
 * ({@link #lookup}).
 *
 * @param book the order book
 * @param marketData the market data the book publishes to, and strategies subscribe to
 */
public record Exchange(OrderBook book, MarketData marketData) {

    /** The book's actor name. */
    public static final String BOOK = "book";

    /** The market data's actor name. */
    public static final String MARKET_DATA = "market-data";

    /** The name of the exchange process's {@link ExchangeControl} actor. */
    public static final String CONTROL = "exchange";

    /**
     * Spawns the book and market data in {@code system}; {@code exported} lets other processes
     * look them up through the system's listening addresses.
     */
    public static Exchange spawn(ActorSystem system, boolean exported) {
        SpawnOptions base = exported ? SpawnOptions.defaults().exported() : SpawnOptions.defaults();
        // Market data may lose a message rather than ever fail the book that tells it.
        MarketData marketData = system.spawn(MarketData.class, MARKET_DATA, MarketDataImpl::new,
                base.mailboxCapacity(65_536)
                        .overflow(OverflowPolicy.drop()));
        // The book gets a thread of its own. Plain-thread callers (the order flow) wait up to a
        // second for room in its mailbox; actors calling it are refused at once instead.
        OrderBook book = system.spawn(OrderBook.class, BOOK, () -> new OrderBookImpl(marketData),
                base.mailboxCapacity(65_536)
                        .overflow(OverflowPolicy.block(Duration.ofSeconds(1)))
                        .dispatcher(Dispatcher.pinned(IdleStrategy.backoff())));
        return new Exchange(book, marketData);
    }

    /**
     * Looks up the book and market data of the exchange process listening at {@code node}
     * ({@code tcp://host:port} or {@code unix:/path/node.sock}).
     */
    public static Exchange lookup(ActorSystem system, String node) {
        return new Exchange(system.lookup(OrderBook.class, node + "/" + BOOK),
                system.lookup(MarketData.class, node + "/" + MARKET_DATA));
    }
}

package io.mycelium.samples.trading;

import io.mycelium.ConnectionLostException;
import io.mycelium.MailboxFullException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every strategy shares: its account, as it learns it from the trade feed, order ids, sends
 * that survive a full book mailbox, and a guard that proves the turn model holds.
 */
abstract class StrategyBase implements Strategy {
    final String name;
    final int accountNumber;
    final OrderBook book;
    boolean halted;
    long nextSequence;
    long ordersSent;
    long cancelsSent;
    long refused;
    long asks;
    long replies;
    long tradesSeen;
    long ownFills;
    long bought;
    long sold;
    long cash;
    long messages;

    // Entered by every handler and every ask callback. If callbacks ran on the book's thread (as
    // they would with a plain CompletableFuture) they would sometimes overlap a handler here.
    private final AtomicInteger inTurn = new AtomicInteger();
    private long turnViolations;

    StrategyBase(String name, int accountNumber, OrderBook book) {
        this.name = name;
        this.accountNumber = accountNumber;
        this.book = book;
    }

    abstract String kind();

    /** A few words on what this strategy did, for the summary. */
    abstract String notes();

    /** Called by handlers and callbacks when they start; pair with {@link #exitTurn()}. */
    final void enterTurn() {
        if (inTurn.incrementAndGet() != 1) {
            turnViolations++;
        }
        messages++;
    }

    final void exitTurn() {
        inTurn.decrementAndGet();
    }

    /** Books the trade if this strategy is a party to it; returns the signed lots it traded. */
    final long account(Fill fill) {
        tradesSeen++;
        long traded = 0;
        if (name.equals(fill.buyer())) {
            ownFills++;
            bought += fill.quantity();
            cash -= fill.price() * fill.quantity();
            traded += fill.quantity();
        }
        if (name.equals(fill.seller())) {
            ownFills++;
            sold += fill.quantity();
            cash += fill.price() * fill.quantity();
            traded -= fill.quantity();
        }
        return traded;
    }

    final long position() {
        return bought - sold;
    }

    final Order newOrder(Side side, long price, long quantity) {
        return new Order(Order.id(accountNumber, ++nextSequence), name, side, price, quantity,
                System.nanoTime());
    }

    /**
     * Sends a limit order; {@code false} if the book's mailbox (or the connection to a book in
     * another process) refused it. A refusal is counted: a handler that threw instead would be
     * restarted and lose this strategy's accounting.
     */
    final boolean place(Order order) {
        try {
            book.placeOrder(order);
            ordersSent++;
            return true;
        } catch (MailboxFullException | ConnectionLostException e) {
            refused++;
            return false;
        }
    }

    /** Sends a cancel; {@code false} if it was refused, as in {@link #place(Order)}. */
    final boolean cancel(long orderId) {
        try {
            book.cancel(name, orderId);
            cancelsSent++;
            return true;
        } catch (MailboxFullException | ConnectionLostException e) {
            refused++;
            return false;
        }
    }

    @Override
    public final void halt() {
        enterTurn();
        halted = true;
        exitTurn();
    }

    @Override
    public final CompletionStage<StrategyReport> report() {
        enterTurn();
        try {
            return CompletableFuture.completedFuture(new StrategyReport(name,
                    kind(), ordersSent, cancelsSent, refused, asks, replies, turnViolations,
                    tradesSeen, ownFills, bought, sold, cash, messages, notes()));
        } finally {
            exitTurn();
        }
    }
}

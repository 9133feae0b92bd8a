package io.mycelium.samples.trading;

import java.util.List;

/**
 * What the order book did. Every accepted order ends in exactly one of: filled, cancelled,
 * expired (the unfilled rest of an immediate-or-cancel order) or resting.
 *
 * @param accepted orders accepted (limit and immediate-or-cancel)
 * @param rejected orders refused (non-positive price or quantity, duplicate id)
 * @param filled orders filled completely
 * @param cancelled resting orders cancelled by their owner
 * @param expired immediate-or-cancel orders whose rest was dropped
 * @param resting orders resting in the book now
 * @param cancelRejects cancels for an order not resting (already filled, never there, not the owner's)
 * @param trades fills
 * @param volume lots traded
 * @param lastPrice price of the last trade in ticks, 0 before the first
 * @param messages messages this actor handled
 * @param accounts what each account bought and sold
 */
public record BookStats(long accepted, long rejected, long filled, long cancelled, long expired,
        long resting, long cancelRejects, long trades, long volume, long lastPrice, long messages,
        List<Account> accounts) {

    /** Copies the list. */
    public BookStats {
        accounts = List.copyOf(accounts);
    }
}

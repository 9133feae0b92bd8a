package io.mycelium.internal;

import io.mycelium.MailboxFullException;
import io.mycelium.Pool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The endpoint behind a pool's reference: each call goes to one member, picked round-robin or by
 * the shortest mailbox. Members that have stopped are skipped; when all have, the call goes to
 * one anyway, which dead-letters a tell and fails an ask with
 * {@link io.mycelium.ActorTerminatedException}.
 */
final class PoolRouter implements LocalEndpoint {
    private final PoolNode pool;
    private final Pool.Routing routing;
    private final AtomicLong next = new AtomicLong();
    private volatile ActorCell<?>[] members = new ActorCell<?>[0];

    PoolRouter(PoolNode pool, Pool.Routing routing) {
        this.pool = pool;
        this.routing = routing;
    }

    void members(ActorCell<?>[] cells) {
        members = cells.clone();
    }

    /** Whether the members are in place (the pool has finished spawning). */
    boolean ready() {
        return members.length > 0;
    }

    private ActorCell<?> pick() {
        ActorCell<?>[] all = members;
        int n = all.length;
        if (routing == Pool.Routing.ROUND_ROBIN) {
            int start = (int) Long.remainderUnsigned(next.getAndIncrement(), n);
            for (int i = 0; i < n; i++) {
                ActorCell<?> member = all[(start + i) % n];
                if (member.isAlive()) {
                    return member;
                }
            }
            return all[start];
        }
        ActorCell<?> best = null;
        int bestQueued = Integer.MAX_VALUE;
        for (ActorCell<?> member : all) {
            if (member.isAlive()) {
                int queued = member.queued();
                if (queued < bestQueued) {
                    best = member;
                    bestQueued = queued;
                }
            }
        }
        return best != null ? best : all[0];
    }

    @Override
    public void tell(Object message) {
        pick().tell(message);
    }

    @Override
    public <T> AskFuture<T> newAsk(String messageName) {
        return new AskFuture<>(ActorCell.current(), messageName);
    }

    @Override
    public void ask(Object message, AskFuture<?> reply) {
        pick().ask(message, reply);
    }

    @Override
    public void ask(Object message, AskFuture<?> reply, long timeoutNanos) {
        pick().ask(message, reply, timeoutNanos);
    }

    @Override
    public boolean offerTell(Object message) {
        return pick().offerTell(message);
    }

    @Override
    public boolean offerAsk(Object message, AskFuture<?> reply) {
        return pick().offerAsk(message, reply);
    }

    @Override
    public long pushBackNanos() {
        ActorCell<?>[] all = members;
        return all.length == 0 ? 0 : all[0].pushBackNanos();
    }

    @Override
    public MailboxFullException mailboxFull(String detail) {
        return pick().mailboxFull(detail);
    }

    @Override
    public Node node() {
        return pool;
    }

    @Override
    public String toString() {
        return "Pool[" + pool.name + "]";
    }
}

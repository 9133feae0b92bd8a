package io.mycelium.internal;

import io.mycelium.Pool;

/** A pool: a supervisor of identical members, and the router behind the pool's one reference. */
final class PoolNode extends SupervisorNode {
    private final ActorDescriptor<?> descriptor;
    private final PoolRouter router;
    private final Object proxy;

    PoolNode(SystemCore core, String name, Node parent, Pool pool, ActorDescriptor<?> descriptor) {
        super(core, name, parent, pool.supervisor());
        this.descriptor = descriptor;
        this.router = new PoolRouter(this, pool.routing());
        this.proxy = descriptor.newProxy(router);
    }

    ActorDescriptor<?> descriptor() {
        return descriptor;
    }

    PoolRouter router() {
        return router;
    }

    Object proxy() {
        return proxy;
    }

    /** A pool whose last member has stopped stops too. */
    @Override
    void afterChildTerminated() {
        if (!hasChildren()) {
            stop(null);
        }
    }

    @Override
    public String toString() {
        return "Pool[" + name + "]";
    }
}

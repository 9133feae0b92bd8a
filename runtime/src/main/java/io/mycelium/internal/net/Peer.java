package io.mycelium.internal.net;

import io.mycelium.internal.ActorDescriptor;
import java.lang.System.Logger.Level;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The connection this node dialled to one other node, shared by every endpoint looked up there
 * (one connection per pair of nodes, multiplexed). When it is lost, every endpoint goes offline
 * at once and the peer reconnects in the background with a doubling back-off; each successful
 * reconnection binds every endpoint again, after checking the (possibly upgraded) peer's
 * protocols anew.
 */
final class Peer {
    private static final System.Logger LOG = System.getLogger(Peer.class.getName());

    private final Transport transport;
    private final NodeAddress address;
    private final ConcurrentHashMap<String, RemoteEndpoint> endpoints = new ConcurrentHashMap<>();
    // Dialling blocks until the I/O thread has read the handshake, so it has a lock of its own:
    // the I/O thread, closing a connection, only touches the state below (under this monitor).
    private final ReentrantLock dialLock = new ReentrantLock();
    private final AtomicReference<Connection> connection = new AtomicReference<>();
    private boolean reconnectScheduled;
    private long backoffNanos;

    Peer(Transport transport, NodeAddress address) {
        this.transport = transport;
        this.address = address;
    }

    NodeAddress address() {
        return address;
    }

    /**
     * The endpoint for the actor {@code actorName} of this node with protocol {@code descriptor}:
     * one per actor and protocol, shared by every lookup of it and reconnected with the node.
     */
    RemoteEndpoint endpoint(ActorDescriptor<?> descriptor, String actorName) {
        return endpoints.computeIfAbsent(descriptor.actorType().getName() + "/" + actorName,
                key -> new RemoteEndpoint(transport, descriptor, actorName, address + "/" + actorName, this));
    }

    /** Stops reconnecting {@code endpoint}: its first lookup failed. */
    void forget(RemoteEndpoint endpoint) {
        endpoints.remove(endpoint.descriptor().actorType().getName() + "/" + endpoint.actorName(), endpoint);
    }

    /** The open connection, connecting (and handshaking) on the calling thread if there is none. */
    Connection connection() {
        Connection current = currentConnection();
        if (current != null) {
            return current;
        }
        dialLock.lock();
        try {
            current = currentConnection();
            if (current == null) {
                current = transport.connect(this);
                connection.set(current);
                synchronized (this) {
                    backoffNanos = 0;
                }
            }
            return current;
        } finally {
            dialLock.unlock();
        }
    }

    /** The open connection, or {@code null} without trying to connect. */
    Connection currentConnection() {
        Connection current = connection.get();
        return current != null && current.isOpen() ? current : null;
    }

    /** {@code lost} closed: reconnect later, unless the node is closing. */
    void lost(Connection lost) {
        connection.compareAndSet(lost, null);
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        long delay;
        synchronized (this) {
            if (reconnectScheduled || transport.isClosed() || endpoints.isEmpty()) {
                return;
            }
            reconnectScheduled = true;
            long min = transport.settings().reconnectMin().toNanos();
            long max = transport.settings().reconnectMax().toNanos();
            backoffNanos = backoffNanos == 0 ? min : Math.min(max, 2 * backoffNanos);
            delay = backoffNanos;
        }
        transport.core().schedule(delay, () -> transport.runBlocking(this::reconnect));
    }

    private void reconnect() {
        synchronized (this) {
            reconnectScheduled = false;
        }
        if (transport.isClosed()) {
            return;
        }
        Connection fresh;
        try {
            fresh = connection();
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "reconnecting to {0} failed: {1}", address, e.getMessage());
            scheduleReconnect();
            return;
        }
        LOG.log(Level.INFO, "reconnected to {0}", address);
        for (RemoteEndpoint endpoint : endpoints.values()) {
            Link link = endpoint.link();
            if (link == null || !link.connection().isOpen()) {
                fresh.bind(endpoint);
            }
        }
    }

    /**
     * The node refused to bind {@code endpoint} on {@code refusedOn}: typically a node that was
     * just restarted and accepts connections before its actors are spawned again. Tries again
     * with the back-off, as long as the endpoint is in use and the connection is the same.
     */
    void rebindLater(RemoteEndpoint endpoint, Connection refusedOn) {
        long delay = endpoint.nextRebindDelay(transport.settings().reconnectMin().toNanos(),
                transport.settings().reconnectMax().toNanos());
        transport.core().schedule(delay, () -> {
            if (endpoints.containsValue(endpoint) && endpoint.link() == null && refusedOn.isOpen()
                    && !transport.isClosed()) {
                refusedOn.bind(endpoint);
            }
        });
    }

    /** Binds {@code endpoint} on the current connection, or schedules a reconnection. */
    void bindSoon(RemoteEndpoint endpoint) {
        Connection current = currentConnection();
        if (current != null) {
            current.bind(endpoint);
        } else {
            synchronized (this) {
                backoffNanos = 0;
            }
            scheduleReconnect();
        }
    }
}

package io.mycelium.internal.net;

import io.mycelium.ActorNotFoundException;
import io.mycelium.ConnectionLostException;
import io.mycelium.MyceliumException;
import io.mycelium.internal.ActorDescriptor;
import io.mycelium.internal.AskFuture;
import io.mycelium.internal.TimedEndpoint;

/**
 * Where the proxy of an actor on another node sends its calls. Each call is encoded with the
 * generated codec and written to the connection the endpoint is currently bound on; while there
 * is none (not connected yet, lost, refused by the peer), tells throw and asks fail at once with
 * the reason: nothing is buffered to be sent later. A reference received from a peer that does
 * not listen is gone for good once its connection closes: tells to it are dead letters, as to a
 * stopped actor, so that a publisher does not fail for a subscriber that went away.
 */
public final class RemoteEndpoint implements TimedEndpoint {
    private static final String NOT_YET = "not connected yet";
    private final Transport transport;
    private final ActorDescriptor<?> descriptor;
    private final String actorName;
    private final String address;
    private final Peer peer;
    private volatile Link link;
    private volatile String downReason;
    private volatile boolean refused;
    private long rebindDelayNanos;
    private volatile boolean everBound;

    RemoteEndpoint(Transport transport, ActorDescriptor<?> descriptor, String actorName,
            String address, Peer peer) {
        this.transport = transport;
        this.descriptor = descriptor;
        this.actorName = actorName;
        this.address = address;
        this.peer = peer;
        this.downReason = NOT_YET;
    }

    ActorDescriptor<?> descriptor() {
        return descriptor;
    }

    String actorName() {
        return actorName;
    }

    /** The actor's full address, e.g. {@code tcp://127.0.0.1:7000/book-1}. */
    String address() {
        return address;
    }

    /** The node manager that reconnects this endpoint, or {@code null} for a reference a peer sent. */
    Peer peer() {
        return peer;
    }

    Link link() {
        return link;
    }

    String nameOf(Object message) {
        return descriptor.dispatcher().nameOf(message);
    }

    void linkUp(Link bound) {
        link = bound;
    }

    /** The peer confirmed a bind: the next refusal starts the back-off from the beginning. */
    synchronized void bindConfirmed() {
        rebindDelayNanos = 0;
        everBound = true;
    }

    /** Whether the peer has confirmed a bind of this endpoint at least once. */
    boolean everBound() {
        return everBound;
    }

    /** The delay before binding again after a refusal: doubling from {@code min} to {@code max}. */
    synchronized long nextRebindDelay(long min, long max) {
        rebindDelayNanos = rebindDelayNanos == 0 ? min : Math.min(max, 2 * rebindDelayNanos);
        return rebindDelayNanos;
    }

    /** The link through {@code connection} is gone for {@code reason}. */
    void linkFailed(Connection connection, String reason) {
        down(connection, reason, false);
    }

    /** The peer (or this node's protocol check) refused the bind through {@code connection}. */
    void linkRefused(Connection connection, String reason) {
        down(connection, reason, true);
    }

    private void down(Connection connection, String reason, boolean refusal) {
        Link current = link;
        if (current == null || current.connection() == connection) {
            downReason = reason;
            refused = refusal;
            link = null;
        }
    }

    @Override
    public ActorDescriptor<?> protocol() {
        return descriptor;
    }

    @Override
    public void tell(Object message) {
        Link current = link;
        if (current == null) {
            if (peer == null && !refused && !downReason.equals(NOT_YET)) {
                goneForGood(message, downReason);
                return;
            }
            throw unavailable(nameOf(message));
        }
        int id = current.codec().messageIdOf(message);
        if (!current.canSend(id)) {
            throw notOnPeer(nameOf(message), id);
        }
        try {
            current.connection().sendTell(current, message);
        } catch (ConnectionLostException e) {
            if (peer != null) {
                throw e;
            }
            goneForGood(message, e.getMessage()); // the connection closed as the tell went out
        }
    }

    /**
     * A reference a peer sent over a connection that has closed: nobody can reach that actor
     * again, so a tell is like one to a stopped actor, not a passing outage.
     */
    private void goneForGood(Object message, String reason) {
        transport.core().recordDeadLetter(actorName, nameOf(message), "its node disconnected: " + reason,
                message);
    }

    @Override
    public <T> AskFuture<T> newAsk(String messageName) {
        return AskFuture.forCaller(messageName);
    }

    @Override
    public void ask(Object message, AskFuture<?> reply) {
        ask(message, reply, transport.core().defaultAskTimeoutNanos());
    }

    @Override
    public void ask(Object message, AskFuture<?> reply, long timeoutNanos) {
        reply.arm(address, transport.core(), timeoutNanos);
        Link current = link;
        if (current == null) {
            reply.fail(unavailable(reply.messageName()));
            return;
        }
        int id = current.codec().messageIdOf(message);
        if (!current.canSend(id)) {
            reply.fail(notOnPeer(reply.messageName(), id));
            return;
        }
        current.connection().sendAsk(current, message, id, reply);
    }

    private MyceliumException unavailable(String messageName) {
        if (refused) {
            return new ActorNotFoundException(downReason + "; '" + messageName + "' to " + address
                    + " was not sent");
        }
        return new ConnectionLostException(address, downReason + "; '" + messageName
                + "' was not sent" + (peer != null ? ", reconnecting" : ""));
    }

    private MyceliumException notOnPeer(String messageName, int id) {
        return new MyceliumException("cannot send '" + messageName + "' (id " + id + ") to " + address
                + ": the peer's protocol " + descriptor.actorType().getName()
                + " lacks this message or has it with a different schema");
    }

    @Override
    public String toString() {
        return address;
    }
}

package io.mycelium.internal.net;

import io.mycelium.MyceliumException;
import io.mycelium.internal.ActorDescriptor;
import io.mycelium.internal.Descriptors;
import io.mycelium.internal.SystemCore;
import io.mycelium.internal.wire.ActorRefResolver;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How actor references in messages cross one connection. A reference to a local actor is sent
 * as {@code peer:name} and lets the peer call that actor back (sending a reference grants access
 * to it, on this connection only); a reference to an actor of the peer itself goes back as
 * {@code self:name} and resolves to the peer's own local reference; a reference to a third node's
 * actor is sent as its full address, which the receiver dials.
 */
final class ConnectionResolver implements ActorRefResolver {
    private static final String PEER = "peer:";
    private static final String SELF = "self:";

    private final Transport transport;
    private final Connection connection;
    private final ConcurrentHashMap<String, Object> peerRefs = new ConcurrentHashMap<>();

    ConnectionResolver(Transport transport, Connection connection) {
        this.transport = transport;
        this.connection = connection;
    }

    @Override
    public String addressOf(Object ref) {
        if (SystemCore.endpointBehind(ref) instanceof RemoteEndpoint remote) {
            Link link = remote.link();
            if (link != null && link.connection() == connection) {
                return SELF + remote.actorName();
            }
            if (remote.peer() != null) {
                return remote.address();
            }
            throw new MyceliumException("cannot send the reference to " + remote + " on to "
                    + connection.label() + ": it came from a node that does not listen, so no"
                    + " other node can reach it");
        }
        String name = transport.core().localNameOf(ref);
        if (name == null) {
            throw new MyceliumException(ref + " is not an actor reference of actor system '"
                    + transport.core().name() + "'");
        }
        connection.grant(name);
        return PEER + name;
    }

    @Override
    public <T> T resolve(Class<T> type, String address) {
        if (address.startsWith(PEER)) {
            String name = address.substring(PEER.length());
            return type.cast(peerRefs.computeIfAbsent(type.getName() + "/" + name, key -> {
                ActorDescriptor<T> descriptor = Descriptors.of(type);
                RemoteEndpoint endpoint = new RemoteEndpoint(transport, descriptor, name,
                        connection.label() + "/" + name, null);
                connection.bind(endpoint);
                return descriptor.newProxy(endpoint);
            }));
        }
        if (address.startsWith(SELF)) {
            return transport.core().lookupLocal(type, address.substring(SELF.length()));
        }
        if (ActorAddress.isRemote(address)) {
            return transport.reference(type, ActorAddress.parse(address));
        }
        throw new MyceliumException("unknown kind of actor address '" + address + "'");
    }
}

package io.mycelium.internal.net;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** Accepts connections on one listening address, on the I/O thread. */
final class Listener implements IoHandler {
    private static final System.Logger LOG = System.getLogger(Listener.class.getName());

    private final Transport transport;
    private final ServerSocketChannel server;
    private final NodeAddress address;

    Listener(Transport transport, ServerSocketChannel server, NodeAddress address) {
        this.transport = transport;
        this.server = server;
        this.address = address;
    }

    NodeAddress address() {
        return address;
    }

    ServerSocketChannel channel() {
        return server;
    }

    @Override
    public void failed(RuntimeException failure) {
        // Keep listening: the failure is logged, and the next connection may well be accepted.
    }

    @Override
    public String toString() {
        return "Listener[" + address + "]";
    }

    @Override
    public void ready(SelectionKey key) {
        while (true) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "accepting a connection on {0} failed: {1}", address, e.getMessage());
                return;
            }
            if (channel == null) {
                return;
            }
            String from;
            try {
                from = address.unix() ? "a local process" : String.valueOf(channel.getRemoteAddress());
            } catch (IOException e) {
                from = "an unknown peer";
            }
            transport.accepted(channel, "from " + from + " on " + address);
        }
    }
}

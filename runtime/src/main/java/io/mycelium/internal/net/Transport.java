package io.mycelium.internal.net;

import io.mycelium.ActorNotFoundException;
import io.mycelium.ConnectionLostException;
import io.mycelium.MyceliumException;
import io.mycelium.internal.ActorDescriptor;
import io.mycelium.internal.Descriptors;
import io.mycelium.internal.SystemCore;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The network side of one actor system: its listeners, the connections it accepted and dialled,
 * and the I/O thread that serves them all.
 */
public final class Transport {
    private static final System.Logger LOG = System.getLogger(Transport.class.getName());

    private final SystemCore core;
    private final NetSettings settings;
    private final IoLoop loop;
    private final Thread ioThread;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<NodeAddress, Peer> peers = new ConcurrentHashMap<>();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final ClassLoader loader;
    private volatile Hello localHello;
    private volatile boolean closed;

    private Transport(SystemCore core, NetSettings settings) {
        this.core = core;
        this.settings = settings;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        this.loader = context != null ? context : ClassLoader.getSystemClassLoader();
        this.loop = new IoLoop(settings.ioIdleStrategy());
        this.ioThread = new Thread(loop, "mycelium-" + core.name() + "-io");
        ioThread.setDaemon(true);
        ioThread.start();
    }

    /**
     * Starts the transport of {@code core} and listens on every address of {@code settings}.
     *
     * @throws MyceliumException if an address cannot be listened on (everything is undone)
     */
    public static Transport start(SystemCore core, NetSettings settings) {
        Transport transport = new Transport(core, settings);
        try {
            for (String address : settings.listen()) {
                transport.listen(NodeAddress.parse(address));
            }
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
        return transport;
    }

    SystemCore core() {
        return core;
    }

    NetSettings settings() {
        return settings;
    }

    IoLoop loop() {
        return loop;
    }

    boolean isClosed() {
        return closed;
    }

    /** The addresses this node listens on, with the ports TCP listeners were actually given. */
    public List<String> listenAddresses() {
        return listeners.stream().map(l -> l.address().toString()).toList();
    }

    // ------------------------------------------------------------ listening

    private void listen(NodeAddress address) {
        try {
            if (!address.isLoopback()) {
                if (!settings.allowNonLoopback()) {
                    throw new MyceliumException("refusing to listen on " + address + ": it is not a"
                            + " loopback address, and Mycelium connections have no TLS or"
                            + " authentication yet; call allowNonLoopback() on the builder to listen"
                            + " there anyway (only inside a trusted network)");
                }
                LOG.log(Level.WARNING, "actor system ''{0}'' listens on {1}, which other machines can"
                        + " reach: connections are neither encrypted nor authenticated", core.name(), address);
            }
            ServerSocketChannel server = ServerSocketChannel.open(address.family());
            NodeAddress bound;
            if (address.unix()) {
                bound = bindUnix(server, address.path());
            } else {
                server.bind(address.socketAddress(), 128);
                bound = address.withPort(((InetSocketAddress) server.getLocalAddress()).getPort());
            }
            server.configureBlocking(false);
            Listener listener = new Listener(this, server, bound);
            loop.register(server, SelectionKey.OP_ACCEPT, listener)
                    .get(settings.connectTimeout().toNanos(), TimeUnit.NANOSECONDS);
            listeners.add(listener);
            LOG.log(Level.INFO, "actor system ''{0}'' listening on {1}", core.name(), bound);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new MyceliumException("cannot listen on " + address + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MyceliumException("interrupted while starting to listen on " + address, e);
        }
    }

    /**
     * Binds a Unix socket that only this user can connect to: bound under a temporary name, made
     * owner-only, then renamed into place, so the socket is never reachable with wider
     * permissions. A socket file left by a node that died is replaced; one a live node still
     * listens on is not.
     */
    private NodeAddress bindUnix(ServerSocketChannel server, Path path) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("directory " + dir + " does not exist");
        }
        if (Files.exists(path)) {
            if (isLive(path)) {
                throw new IOException(path + " is in use by a running node");
            }
            Files.delete(path);
        }
        Path temporary = dir.resolve("." + path.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(temporary);
        server.bind(java.net.UnixDomainSocketAddress.of(temporary), 128);
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            Files.deleteIfExists(temporary);
            throw e instanceof IOException io ? io : new AccessDeniedException(path.toString());
        }
        return new NodeAddress(true, null, -1, path);
    }

    private static boolean isLive(Path path) {
        try (SocketChannel probe = SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            probe.connect(java.net.UnixDomainSocketAddress.of(path));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A listener accepted {@code channel} (on the I/O thread). */
    void accepted(SocketChannel channel, String label) {
        Connection connection = null;
        try {
            channel.configureBlocking(false);
            if (channel.getLocalAddress() instanceof InetSocketAddress) {
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            }
            connection = new Connection(this, channel, label, null);
            connection.attach(loop.registerNow(channel, SelectionKey.OP_READ, connection));
            connections.add(connection);
            connection.sendHello(localHello());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not set up the connection {0}: {1}", label, e.toString());
            if (connection != null) {
                connection.close("set-up failed", false);
            } else {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing more to undo
                }
            }
            return;
        }
        Connection accepted = connection;
        core.schedule(settings.connectTimeout().toNanos(), () -> {
            if (!accepted.peerHello().isDone()) {
                accepted.close("no handshake within " + settings.connectTimeout().toMillis() + " ms", true);
            }
        });
    }

    void closed(Connection connection) {
        connections.remove(connection);
    }

    private Hello localHello() {
        Hello hello = localHello;
        if (hello == null) {
            List<ActorDescriptor<?>> known = new ArrayList<>(Descriptors.allRemote(loader));
            hello = Hello.of(core.name(), settings.maxFrameBytes(), known);
            localHello = hello;
        }
        return hello;
    }

    // ------------------------------------------------------------ dialling

    /**
     * A reference to the actor at {@code address}, after checking that it exists, is exported,
     * implements {@code type} and speaks a compatible protocol. Connects on the calling thread if
     * this node has no connection to that node yet.
     */
    public <A> A lookup(Class<A> type, String address) {
        ActorDescriptor<A> descriptor = Descriptors.of(type);
        descriptor.codec(); // refuses @Actor(local = true) protocols with a clear message
        ActorAddress target = ActorAddress.parse(address);
        ensureOpen();
        Peer peer = peers.computeIfAbsent(target.node(), node -> new Peer(this, node));
        RemoteEndpoint endpoint = peer.endpoint(descriptor, target.actorName());
        Link link = endpoint.link();
        if (link != null && link.connection().isOpen() && endpoint.everBound()) {
            return descriptor.newProxy(endpoint); // looked up before, and bound now
        }
        try {
            peer.connection().bind(endpoint).get(settings.connectTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            forgetIfNew(peer, endpoint);
            Throwable cause = e.getCause();
            if (cause instanceof ActorNotFoundException) {
                throw new ActorNotFoundException(cause.getMessage());
            }
            if (cause instanceof ConnectionLostException lost) {
                throw new ConnectionLostException(lost.address(), "lookup of '" + target.actorName()
                        + "' failed: " + lost.getMessage());
            }
            throw new MyceliumException(cause.getMessage(), cause);
        } catch (TimeoutException e) {
            forgetIfNew(peer, endpoint);
            throw new ConnectionLostException(target.node().toString(), "no answer to the lookup of '"
                    + target.actorName() + "' within " + settings.connectTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            forgetIfNew(peer, endpoint);
            Thread.currentThread().interrupt();
            throw new MyceliumException("interrupted while looking up " + address, e);
        } catch (RuntimeException e) {
            forgetIfNew(peer, endpoint);
            throw e;
        }
        return descriptor.newProxy(endpoint);
    }

    /** A failed lookup of an actor never reached before leaves nothing to reconnect. */
    private static void forgetIfNew(Peer peer, RemoteEndpoint endpoint) {
        if (!endpoint.everBound()) {
            peer.forget(endpoint);
        }
    }

    /**
     * A reference to the actor at {@code address}, received in a message: not checked until it
     * is bound, which happens in the background (calls fail fast until then).
     */
    <A> A reference(Class<A> type, ActorAddress address) {
        ActorDescriptor<A> descriptor = Descriptors.of(type);
        Peer peer = peers.computeIfAbsent(address.node(), node -> new Peer(this, node));
        RemoteEndpoint endpoint = peer.endpoint(descriptor, address.actorName());
        peer.bindSoon(endpoint);
        return descriptor.newProxy(endpoint);
    }

    /** Connects to {@code peer}'s node and completes the handshake, on the calling thread. */
    Connection connect(Peer peer) {
        ensureOpen();
        NodeAddress address = peer.address();
        long timeout = settings.connectTimeout().toNanos();
        SocketChannel channel = null;
        Connection connection = null;
        try {
            channel = SocketChannel.open(address.family());
            if (address.unix()) {
                channel.connect(address.socketAddress());
            } else {
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.socket().connect(address.socketAddress(), (int) settings.connectTimeout().toMillis());
            }
            channel.configureBlocking(false);
            connection = new Connection(this, channel, address.toString(), peer);
            connection.attach(loop.register(channel, SelectionKey.OP_READ, connection)
                    .get(timeout, TimeUnit.NANOSECONDS));
            connections.add(connection);
            connection.sendHello(localHello());
            connection.awaitHello(timeout);
            return connection;
        } catch (IOException e) {
            closeQuietly(channel, connection, "connect failed");
            throw new ConnectionLostException(address.toString(), "cannot connect: " + e.getMessage());
        } catch (TimeoutException e) {
            closeQuietly(channel, connection, "no handshake");
            throw new ConnectionLostException(address.toString(), "no handshake within "
                    + settings.connectTimeout().toMillis() + " ms (is a Mycelium node listening there?)");
        } catch (ExecutionException e) {
            closeQuietly(channel, connection, "handshake failed");
            throw new ConnectionLostException(address.toString(), "handshake failed: "
                    + e.getCause().getMessage());
        } catch (InterruptedException e) {
            closeQuietly(channel, connection, "interrupted");
            Thread.currentThread().interrupt();
            throw new ConnectionLostException(address.toString(), "interrupted while connecting");
        }
    }

    private static void closeQuietly(SocketChannel channel, Connection connection, String why) {
        if (connection != null) {
            connection.close(why, false);
        } else if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to undo
            }
        }
    }

    /** Runs blocking work (connecting) off the I/O and scheduler threads. */
    void runBlocking(Runnable task) {
        if (closed) {
            return;
        }
        Thread.ofPlatform().daemon().name("mycelium-" + core.name() + "-connect").start(task);
    }

    private void ensureOpen() {
        if (closed) {
            throw new MyceliumException("the transport of actor system '" + core.name() + "' is closed");
        }
    }

    /** Closes every listener and connection (pending remote asks fail) and stops the I/O thread. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Listener listener : listeners) {
            try {
                listener.channel().close();
                if (listener.address().unix()) {
                    Files.deleteIfExists(listener.address().path());
                }
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the listener on {0} failed", listener.address(), e);
            }
        }
        for (Connection connection : connections) {
            connection.close("actor system '" + core.name() + "' closed", false);
        }
        loop.stop();
        if (Thread.currentThread() != ioThread) {
            try {
                ioThread.join(settings.connectTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

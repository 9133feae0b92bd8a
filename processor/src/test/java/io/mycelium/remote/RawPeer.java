package io.mycelium.remote;

import io.mycelium.internal.Descriptors;
import io.mycelium.internal.MessageInfo;
import io.mycelium.internal.wire.WireOut;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * A hand-made peer that speaks (or breaks) the wire protocol byte by byte, to check how a node
 * treats frames no Mycelium node would send. It keeps its own copy of the frame types and the
 * handshake layout on purpose: it checks the node against the documented format, not against the
 * node's own code.
 */
final class RawPeer implements AutoCloseable {
    static final byte HELLO = 1;
    static final byte BIND = 2;
    static final byte BOUND = 3;
    static final byte BIND_FAILED = 4;
    static final byte TELL = 5;
    static final byte ASK = 6;
    static final byte REPLY = 7;
    static final byte FAILURE = 8;
    static final byte REFUSED = 9;

    private final SocketChannel channel;
    private final ByteBuffer in = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);

    private RawPeer(SocketChannel channel) {
        this.channel = channel;
        in.flip();
    }

    /** The peer of a connection a hand-made listener accepted. */
    static RawPeer accepted(SocketChannel channel) {
        return new RawPeer(channel);
    }

    static RawPeer connect(String nodeAddress) throws IOException {
        if (nodeAddress.startsWith("unix:")) {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(Path.of(nodeAddress.substring("unix:".length()))));
            return new RawPeer(channel);
        }
        String hostPort = nodeAddress.substring("tcp://".length());
        int colon = hostPort.lastIndexOf(':');
        SocketChannel channel = SocketChannel.open(new InetSocketAddress(hostPort.substring(0, colon),
                Integer.parseInt(hostPort.substring(colon + 1))));
        return new RawPeer(channel);
    }

    void send(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Sends one well-formed frame of {@code type} whose fields {@code body} writes. */
    void frame(byte type, Consumer<WireOut> body) throws IOException {
        WireOut out = WireOut.allocate(256);
        out.writeInt(0);
        out.writeByte(type);
        body.accept(out);
        out.buffer().putInt(0, out.position() - 4);
        send(out.toByteArray());
    }

    /**
     * Sends a handshake announcing the {@link Ledger} protocol, each message's schema hash
     * computed by {@code hashes} from this JVM's own table.
     */
    void hello(ToLongFunction<MessageInfo> hashes) throws IOException {
        List<MessageInfo> messages = Descriptors.of(Ledger.class).messages();
        frame(HELLO, out -> {
            out.writeInt(0x4C43594D);
            out.writeShort((short) 1);
            out.writeString("raw-peer");
            out.writeInt(1 << 20);
            out.writeInt(1);
            out.writeString(Ledger.class.getName());
            out.writeInt(messages.size());
            for (MessageInfo message : messages) {
                out.writeInt(message.id());
                out.writeString(message.name());
                out.writeLong(hashes.applyAsLong(message));
            }
        });
    }

    /** Sends a faithful handshake and binds handle 1 to the node's {@code ledger}. */
    void helloAndBindLedger() throws Exception {
        hello(MessageInfo::schemaHash);
        expect(HELLO);
        bind(1, "ledger");
        expect(BOUND);
    }

    void bind(int handle, String actor) throws IOException {
        frame(BIND, out -> {
            out.writeInt(handle);
            out.writeString(actor);
            out.writeString(Ledger.class.getName());
        });
    }

    /** Reads the next frame (waiting at most 10 s) and returns its fields after the type byte. */
    ByteBuffer expect(byte type) throws Exception {
        ByteBuffer frame = CompletableFuture.supplyAsync(this::readFrame).get(10, TimeUnit.SECONDS);
        if (frame == null) {
            throw new IOException("the node closed the connection instead of sending frame type " + type);
        }
        byte actual = frame.get();
        if (actual != type) {
            throw new IOException("expected frame type " + type + ", got " + actual);
        }
        return frame;
    }

    /** Whether the node closes the connection within 10 s (frames it sends meanwhile are skipped). */
    boolean closedByNode() throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            while (readFrame() != null) {
                // skip what the node still sends (its handshake, replies)
            }
            return true;
        }).get(10, TimeUnit.SECONDS);
    }

    private ByteBuffer readFrame() {
        try {
            while (true) {
                if (in.remaining() >= 4) {
                    int length = in.getInt(in.position());
                    if (in.remaining() >= 4 + length) {
                        in.getInt();
                        ByteBuffer frame = in.slice(in.position(), length).order(ByteOrder.LITTLE_ENDIAN);
                        in.position(in.position() + length);
                        return frame;
                    }
                }
                in.compact();
                int read = channel.read(in);
                in.flip();
                if (read < 0) {
                    return null;
                }
            }
        } catch (IOException e) {
            return null; // reset by the node: closed all the same
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

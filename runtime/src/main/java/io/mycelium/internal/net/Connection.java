package io.mycelium.internal.net;

import io.mycelium.ActorNotFoundException;
import io.mycelium.CodecException;
import io.mycelium.ConnectionLostException;
import io.mycelium.MailboxFullException;
import io.mycelium.MyceliumException;
import io.mycelium.OverflowPolicy;
import io.mycelium.internal.ActorCell;
import io.mycelium.internal.ActorDescriptor;
import io.mycelium.internal.AskFuture;
import io.mycelium.internal.InboundEndpoint;
import io.mycelium.internal.LocalActor;
import io.mycelium.internal.MessageCodec;
import io.mycelium.internal.MessageInfo;
import io.mycelium.internal.SystemCore;
import io.mycelium.internal.wire.ProtocolCompatibility;
import io.mycelium.internal.wire.ProtocolCompatibility.PeerMessage;
import io.mycelium.internal.wire.WireIn;
import io.mycelium.internal.wire.WireLimits;
import io.mycelium.internal.wire.WireOut;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One connection between two nodes, multiplexing every actor either side reaches through it.
 * Both sides can bind handles and send tells and asks; replies travel back on the same
 * connection.
 *
 * <p>Reading happens on the I/O thread: frames are parsed in place in the receive buffer and
 * decoded straight from it into the protocol record that goes into the target's mailbox. Writing
 * happens on the sending thread when nobody else is writing (no hand-off, no wake-up of the I/O
 * thread); frames sent while a write is under way are appended to a second buffer and go out
 * together in the next write, so a busy connection batches by itself. Only when the socket's send
 * buffer is full does the I/O thread take over the rest of the write.
 *
 * <p>A frame that breaks the protocol (bad length, unknown type or handle or message id, an
 * undecodable body) closes this connection with one log line; nothing else is affected.
 */
final class Connection implements IoHandler {
    private static final System.Logger LOG = System.getLogger(Connection.class.getName());
    private static final int INITIAL_READ_BYTES = 64 * 1024;
    private static final int INITIAL_WRITE_BYTES = 16 * 1024;
    private static final long STALL_FIRST_RETRY_NANOS = 50_000;
    private static final long STALL_MAX_RETRY_NANOS = 2_000_000;

    private final Transport transport;
    private final SystemCore core;
    private final SocketChannel channel;
    private final String label;
    private final Peer peer;
    private final WireLimits limits;
    private final int maxFrameBytes;
    private final int outboundBytes;
    private final OverflowPolicy outboundOverflow;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CompletableFuture<Hello> peerHello = new CompletableFuture<>();
    private final ConnectionResolver resolver;
    private volatile SelectionKey key;
    private volatile String closeReason;
    private volatile int peerMaxFrameBytes = Integer.MAX_VALUE;

    // Reading: the I/O thread only.
    private ByteBuffer readBuffer;
    private ByteBuffer view;
    private Hello hello;
    private InboundTarget[] bindings = new InboundTarget[16];
    private long refusedTells;
    private StalledDelivery stalled;
    private long stallRetryNanos;
    // Interest in reading (off while a delivery is stalled) and writing; any thread, under this.
    private boolean readPaused;
    private boolean writePending;

    // Writing: appendTo and spare are guarded by writeLock; inFlight belongs to the flusher.
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Condition drained = writeLock.newCondition();
    private WireOut appendTo;
    private WireOut spare;
    private WireOut inFlight;
    private boolean flushing;

    // What this side asked and bound through the connection.
    private final ConcurrentHashMap<Long, PendingAsk> pending = new ConcurrentHashMap<>();
    private final AtomicLong correlations = new AtomicLong();
    private final AtomicInteger handles = new AtomicInteger();
    private final ConcurrentHashMap<Integer, RemoteEndpoint> bound = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, CompletableFuture<Void>> bindReplies =
            new ConcurrentHashMap<>();
    // Local actors whose references were sent to the peer, which may therefore bind them.
    private final Set<String> granted = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<Class<?>, MessageCodec<Object>> codecs = new ConcurrentHashMap<>();

    Connection(Transport transport, SocketChannel channel, String label, Peer peer) {
        this.transport = transport;
        this.core = transport.core();
        this.channel = channel;
        this.label = label;
        this.peer = peer;
        NetSettings settings = transport.settings();
        this.maxFrameBytes = settings.maxFrameBytes();
        this.outboundBytes = settings.outboundBytes();
        this.outboundOverflow = settings.outboundOverflow();
        this.limits = new WireLimits(maxFrameBytes, WireLimits.DEFAULT.maxCount());
        this.readBuffer = ByteBuffer.allocateDirect(INITIAL_READ_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        this.view = readBuffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        // Room for the outbound bound plus one frame that crosses it, and replies on top.
        WireLimits writeLimits = new WireLimits(
                (int) Math.min(Integer.MAX_VALUE - 8, (long) outboundBytes + 2L * maxFrameBytes),
                WireLimits.DEFAULT.maxCount());
        this.appendTo = new WireOut(ByteBuffer.allocateDirect(INITIAL_WRITE_BYTES), writeLimits);
        this.spare = new WireOut(ByteBuffer.allocateDirect(INITIAL_WRITE_BYTES), writeLimits);
        this.resolver = new ConnectionResolver(transport, this);
    }

    /** Where this connection goes (or comes from), for messages. */
    String label() {
        return label;
    }

    /** The node this side dialled, or {@code null} for a connection a listener accepted. */
    Peer peer() {
        return peer;
    }

    boolean isOpen() {
        return !closed.get();
    }

    void attach(SelectionKey selectionKey) {
        this.key = selectionKey;
    }

    /** Completes with the peer's handshake. */
    CompletableFuture<Hello> peerHello() {
        return peerHello;
    }

    /** Sends this node's handshake; the first frame on every connection. */
    void sendHello(Hello local) {
        WireOut out = lockForControl();
        int start = out.position();
        try {
            out.writeInt(0);
            out.writeByte(Frames.HELLO);
            local.write(out);
            endFrame(out, start, -1);
        } catch (RuntimeException e) {
            abandonFrame(out, start);
            throw e;
        }
        unlockAndFlush();
    }

    // ============================================================ binding handles to peer actors

    /**
     * Binds {@code endpoint} to its actor on the peer: checks the protocol against the peer's
     * handshake, then sends BIND. The endpoint may send at once (frames stay in order); the
     * returned stage completes when the peer confirms, or fails with the reason it refused.
     */
    CompletableFuture<Void> bind(RemoteEndpoint endpoint) {
        Hello theirs = peerHello.getNow(null);
        ActorDescriptor<?> descriptor = endpoint.descriptor();
        Class<?> type = descriptor.actorType();
        List<PeerMessage> table = theirs == null ? null : theirs.protocol(type);
        if (table == null) {
            String reason = "the node at " + label + " does not know protocol " + type.getName()
                    + " (is the @Actor interface on its class path?)";
            endpoint.linkRefused(this, reason);
            return CompletableFuture.failedFuture(new ActorNotFoundException(reason));
        }
        ProtocolCompatibility.Report report = ProtocolCompatibility.compare(descriptor, table);
        if (!report.compatible()) {
            String reason = "protocol " + type.getName() + " of actor '" + endpoint.actorName()
                    + "' at " + label + " differs from this node's:\n" + report.describe();
            endpoint.linkRefused(this, reason);
            return CompletableFuture.failedFuture(new MyceliumException(reason));
        }
        int handle = handles.incrementAndGet();
        if (handle >= Frames.MAX_BINDINGS) {
            String reason = "too many actors bound on the connection to " + label;
            endpoint.linkFailed(this, reason);
            return CompletableFuture.failedFuture(new MyceliumException(reason));
        }
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        bindReplies.put(handle, confirmed);
        bound.put(handle, endpoint);
        int[] sendable = report.results().stream()
                .filter(r -> r.status() == ProtocolCompatibility.Status.COMPATIBLE)
                .mapToInt(ProtocolCompatibility.Result::id).sorted().toArray();
        Link link = new Link(endpoint, this, handle, codec(descriptor), sendable);
        WireOut out;
        try {
            out = lockForControl();
        } catch (ConnectionLostException e) {
            endpoint.linkFailed(this, e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        int start = out.position();
        out.writeInt(0);
        out.writeByte(Frames.BIND);
        out.writeInt(handle);
        out.writeString(endpoint.actorName());
        out.writeString(type.getName());
        endFrame(out, start, -1);
        // Published under the write lock, after the BIND: every frame using the handle follows it.
        endpoint.linkUp(link);
        unlockAndFlush();
        return confirmed;
    }

    /** Lets the peer bind the local actor {@code name}: its reference was sent to the peer. */
    void grant(String name) {
        granted.add(name);
    }

    /** The codec of {@code descriptor}'s protocol for this connection (its limits and references). */
    @SuppressWarnings("unchecked")
    MessageCodec<Object> codec(ActorDescriptor<?> descriptor) {
        return codecs.computeIfAbsent(descriptor.actorType(),
                t -> (MessageCodec<Object>) descriptor.codec().with(limits, resolver));
    }

    // ============================================================ sending tells, asks and replies

    /** Sends a tell to the peer's actor behind {@code link}. */
    void sendTell(Link link, Object message) {
        WireOut out = lockForMessage(link, link.endpoint().nameOf(message), null);
        if (out == null) {
            core.recordDeadLetter(link.endpoint().actorName(), link.endpoint().nameOf(message),
                    "outbound buffer of the connection to " + label + " full, dropped", message);
            return;
        }
        int start = out.position();
        try {
            out.writeInt(0);
            out.writeByte(Frames.TELL);
            out.writeInt(link.handle());
            int idAt = out.position();
            out.writeInt(0);
            int id = link.codec().encode(message, out);
            out.buffer().putInt(idAt, id);
            endFrame(out, start, id);
        } catch (RuntimeException | Error e) {
            abandonFrame(out, start);
            throw e;
        }
        unlockAndFlush();
    }

    /** Sends an ask (message id {@code messageId}) whose outcome completes {@code reply}. */
    void sendAsk(Link link, Object message, int messageId, AskFuture<?> reply) {
        WireOut out;
        try {
            out = lockForMessage(link, reply.messageName(), reply);
        } catch (RuntimeException e) {
            reply.fail(e);
            return;
        }
        if (out == null) {
            return;
        }
        long correlation = correlations.incrementAndGet();
        pending.put(correlation, new PendingAsk(reply, link.codec(), messageId));
        int start = out.position();
        try {
            out.writeInt(0);
            out.writeByte(Frames.ASK);
            out.writeInt(link.handle());
            out.writeInt(messageId);
            out.writeLong(correlation);
            link.codec().encode(message, out);
            endFrame(out, start, messageId);
        } catch (RuntimeException | Error e) {
            abandonFrame(out, start);
            pending.remove(correlation);
            reply.fail(e);
            return;
        }
        unlockAndFlush();
        // An ask that times out or is abandoned must not stay in the table until the connection closes.
        reply.whenComplete((value, failure) -> pending.remove(correlation));
    }

    /** Answers the peer's ask {@code correlation}: with {@code value}, or with {@code failure}. */
    private void sendReply(long correlation, int messageId, MessageCodec<Object> codec, Object value,
            Throwable failure) {
        WireOut out;
        try {
            out = lockForControl();
        } catch (ConnectionLostException e) {
            LOG.log(Level.DEBUG, "the reply to an ask from {0} is lost: the connection closed", label);
            return;
        }
        int start = out.position();
        Throwable toSend = failure;
        if (toSend == null) {
            try {
                out.writeInt(0);
                out.writeByte(Frames.REPLY);
                out.writeLong(correlation);
                codec.encodeReply(messageId, value, out);
                endFrame(out, start, messageId);
            } catch (RuntimeException e) {
                rollBack(out, start);
                toSend = e;
            }
        }
        if (toSend != null && !writeFailure(out, start, correlation, messageId, codec, toSend)) {
            // Too large for the peer (a huge exception message): say so, in a few bytes.
            Throwable substitute = new MyceliumException("the failure of an ask ("
                    + toSend.getClass().getName() + ") was too large to send to " + label);
            if (!writeFailure(out, start, correlation, messageId, codec, substitute)) {
                unlockAndFlush();
                close("cannot encode the failure of an ask from " + label, true);
                return;
            }
        }
        unlockAndFlush();
    }

    /** Writes a FAILURE frame, holding the write lock; on failure rolls it back and says so. */
    private boolean writeFailure(WireOut out, int start, long correlation, int messageId,
            MessageCodec<Object> codec, Throwable failure) {
        try {
            out.writeInt(0);
            out.writeByte(Frames.FAILURE);
            out.writeLong(correlation);
            codec.encodeFailure(messageId, failure, out);
            endFrame(out, start, messageId);
            return true;
        } catch (RuntimeException e) {
            rollBack(out, start);
            return false;
        }
    }

    /** Tells the peer that its ask {@code correlation} reached no handler, and why. */
    private void sendRefusal(long correlation, String reason) {
        WireOut out;
        try {
            out = lockForControl();
        } catch (ConnectionLostException e) {
            return;
        }
        int start = out.position();
        out.writeInt(0);
        out.writeByte(Frames.REFUSED);
        out.writeLong(correlation);
        out.writeString(reason);
        endFrame(out, start, -1);
        unlockAndFlush();
    }

    private void sendControl(byte type, int handle, String text) {
        WireOut out;
        try {
            out = lockForControl();
        } catch (ConnectionLostException e) {
            return;
        }
        int start = out.position();
        out.writeInt(0);
        out.writeByte(type);
        out.writeInt(handle);
        if (text != null) {
            out.writeString(text);
        }
        endFrame(out, start, -1);
        unlockAndFlush();
    }

    // ------------------------------------------------------------ the write path

    /**
     * Takes the write lock for a handshake, bind or reply: these are never refused for a full
     * outbound buffer (replies are bounded by the asks the peer has in flight).
     */
    private WireOut lockForControl() {
        writeLock.lock();
        if (closed.get()) {
            writeLock.unlock();
            throw lost("is closed");
        }
        return appendTo;
    }

    /**
     * Takes the write lock for a tell or an ask, applying the outbound overflow policy while the
     * buffer is full. Returns {@code null} when the message was dropped (an ask's reply has then
     * failed); throws for a refused tell.
     */
    private WireOut lockForMessage(Link link, String messageName, AskFuture<?> reply) {
        writeLock.lock();
        try {
            if (closed.get()) {
                throw lost("closed; '" + messageName + "' was not sent");
            }
            if (appendTo.position() < outboundBytes) {
                return appendTo;
            }
            String actor = link.endpoint().actorName();
            String detail = "the connection to " + label + " has " + appendTo.position()
                    + " bytes waiting to be written";
            switch (outboundOverflow) {
                case OverflowPolicy.FailFast f -> throw new MailboxFullException(actor, outboundBytes, detail);
                case OverflowPolicy.Drop d -> {
                    if (reply != null) {
                        reply.fail(new MailboxFullException(actor, outboundBytes, detail + " (dropped)"));
                    }
                    writeLock.unlock();
                    return null;
                }
                case OverflowPolicy.Block b -> {
                    if (ActorCell.current() != null) {
                        throw new MailboxFullException(actor, outboundBytes, detail
                                + "; an actor may not block on a full connection, the message was refused");
                    }
                    long left = b.timeout().toNanos();
                    while (appendTo.position() >= outboundBytes && !closed.get()) {
                        if (left <= 0) {
                            throw new MailboxFullException(actor, outboundBytes, detail
                                    + "; no room within " + b.timeout().toMillis() + " ms");
                        }
                        left = drained.awaitNanos(left);
                    }
                    if (closed.get()) {
                        throw lost("closed while the message waited for room");
                    }
                    return appendTo;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writeLock.unlock();
            throw new MailboxFullException(link.endpoint().actorName(), outboundBytes,
                    "interrupted while waiting for room on the connection to " + label);
        } catch (RuntimeException e) {
            if (writeLock.isHeldByCurrentThread()) {
                writeLock.unlock();
            }
            throw e;
        }
    }

    /** Fills in the frame's length; refuses a frame larger than the peer accepts. */
    private void endFrame(WireOut out, int start, int messageId) {
        int length = out.position() - start - 4;
        if (length > peerMaxFrameBytes) {
            throw new CodecException("message of " + length + " bytes exceeds the largest frame the"
                    + " node at " + label + " accepts (" + peerMaxFrameBytes + " bytes)", messageId, start);
        }
        out.buffer().putInt(start, length);
    }

    /** Forgets a frame that failed half-way, and releases the lock. */
    private void abandonFrame(WireOut out, int start) {
        out.buffer().position(start);
        writeLock.unlock();
    }

    /** Forgets a frame that failed half-way, keeping the lock. */
    private static void rollBack(WireOut out, int start) {
        out.buffer().position(start);
    }

    /** Releases the write lock and, unless another thread is writing already, writes now. */
    private void unlockAndFlush() {
        boolean flushNow = !flushing;
        flushing = true;
        writeLock.unlock();
        if (flushNow) {
            flush();
        }
    }

    /**
     * Writes until nothing is left, swapping buffers so that senders keep appending meanwhile.
     * Only one thread at a time runs it (the one that set {@code flushing}); when the socket
     * cannot take more, it leaves the rest to the I/O thread and keeps {@code flushing} set.
     */
    private void flush() {
        while (true) {
            ByteBuffer bytes = inFlight == null ? null : inFlight.buffer();
            if (bytes == null || !bytes.hasRemaining()) {
                writeLock.lock();
                try {
                    if (inFlight != null) {
                        spare = inFlight.clear();
                        inFlight = null;
                    }
                    if (appendTo.position() == 0 || closed.get()) {
                        flushing = false;
                        drained.signalAll();
                        return;
                    }
                    inFlight = appendTo;
                    appendTo = spare;
                    spare = null;
                    drained.signalAll();
                } finally {
                    writeLock.unlock();
                }
                bytes = inFlight.buffer().flip();
            }
            try {
                channel.write(bytes);
            } catch (IOException e) {
                close("write failed: " + e.getMessage(), false);
                return;
            }
            if (bytes.hasRemaining()) {
                wantWrite(true);
                return;
            }
        }
    }

    private void wantWrite(boolean on) {
        synchronized (this) {
            writePending = on;
            applyInterest();
        }
        if (on) {
            transport.loop().wakeup();
        }
    }

    private void pauseReading(boolean paused) {
        synchronized (this) {
            readPaused = paused;
            applyInterest();
        }
    }

    /** Sets the selection key's interest from the two flags; holds this monitor. */
    private void applyInterest() {
        SelectionKey k = key;
        if (k == null || !k.isValid()) {
            return;
        }
        int ops = (readPaused ? 0 : SelectionKey.OP_READ) | (writePending ? SelectionKey.OP_WRITE : 0);
        try {
            k.interestOps(ops);
        } catch (RuntimeException e) {
            // cancelled concurrently: the connection is closing
        }
    }

    // ============================================================ the read path (I/O thread)

    @Override
    public void failed(RuntimeException failure) {
        close("unexpected failure: " + failure, true);
    }

    @Override
    public void ready(SelectionKey selectionKey) {
        if (selectionKey.isReadable()) {
            onReadable();
        }
        if (selectionKey.isValid() && selectionKey.isWritable()) {
            wantWrite(false);
            flush();
        }
    }

    private void onReadable() {
        int read;
        try {
            read = channel.read(readBuffer);
        } catch (IOException e) {
            close("read failed: " + e.getMessage(), false);
            return;
        }
        if (read < 0) {
            close("closed by the peer", false);
            return;
        }
        handleFrames();
    }

    /**
     * Handles every whole frame in the receive buffer, in order, and keeps the rest for the next
     * read; stops early when a delivery stalls. The buffer is in write mode before and after.
     */
    private void handleFrames() {
        readBuffer.flip();
        int needed = 0;
        int frameAt = 0;
        byte type = 0;
        try {
            while (!closed.get() && stalled == null && readBuffer.remaining() >= 4) {
                frameAt = readBuffer.position();
                int length = readBuffer.getInt(frameAt);
                if (length < 1 || length > maxFrameBytes) {
                    protocolError("frame length " + length + " is outside 1.." + maxFrameBytes + " bytes");
                    return;
                }
                if (readBuffer.remaining() - 4 < length) {
                    needed = 4 + length;
                    break;
                }
                type = readBuffer.get(frameAt + 4);
                int end = frameAt + 4 + length;
                view.limit(end).position(frameAt + Frames.HEADER_BYTES);
                readBuffer.position(end);
                handleFrame(type, view);
            }
        } catch (CodecException e) {
            // Say where in the frame it went wrong; the buffer index in the exception is ours.
            String message = e.getMessage();
            protocolError(Frames.typeName(type) + " frame"
                    + (e.messageId() == -1 ? "" : " of message id " + e.messageId())
                    + ", at byte " + (e.offset() - frameAt) + " of the frame: "
                    + message.substring(message.indexOf(": ") + 2));
            return;
        } catch (RuntimeException e) {
            protocolError(Frames.typeName(type) + " frame could not be handled: " + e);
            return;
        }
        if (closed.get()) {
            return;
        }
        if (needed > readBuffer.capacity()) {
            ByteBuffer larger = ByteBuffer.allocateDirect(Math.max(needed,
                    Math.min(2 * readBuffer.capacity(), maxFrameBytes + 4))).order(ByteOrder.LITTLE_ENDIAN);
            larger.put(readBuffer);
            readBuffer = larger;
            view = larger.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        } else {
            readBuffer.compact();
        }
    }

    /**
     * Delivers a message from the peer to a local mailbox without ever waiting for it: when it is
     * full, either refuses the message at once (fail-fast and drop), or stalls this connection
     * under a block policy, which stops reading from it until there is room.
     */
    private void deliver(InboundTarget target, String messageName, Object message, AskFuture<?> reply) {
        boolean taken = reply == null ? target.endpoint().offerTell(message)
                : target.endpoint().offerAsk(message, reply);
        if (taken) {
            return;
        }
        long pushBack = target.endpoint().pushBackNanos();
        if (pushBack == 0) {
            refuseFull(target, messageName, message, reply, "");
            return;
        }
        stalled = new StalledDelivery(target, messageName, message, reply, System.nanoTime() + pushBack);
        stallRetryNanos = STALL_FIRST_RETRY_NANOS;
        pauseReading(true);
        core.schedule(stallRetryNanos, () -> transport.loop().execute(this::retryStalled));
    }

    /** On the I/O thread: tries the stalled delivery again, then carries on with what was read. */
    private void retryStalled() {
        StalledDelivery waiting = stalled;
        if (waiting == null) {
            return;
        }
        if (closed.get()) {
            stalled = null;
            refuseFull(waiting.target(), waiting.messageName(), waiting.message(), waiting.reply(),
                    "; the connection closed while it waited for room");
            return;
        }
        InboundEndpoint endpoint = waiting.target().endpoint();
        boolean taken = waiting.reply() == null ? endpoint.offerTell(waiting.message())
                : endpoint.offerAsk(waiting.message(), waiting.reply());
        if (!taken) {
            if (System.nanoTime() - waiting.deadlineNanos() < 0) {
                stallRetryNanos = Math.min(2 * stallRetryNanos, STALL_MAX_RETRY_NANOS);
                core.schedule(stallRetryNanos, () -> transport.loop().execute(this::retryStalled));
                return;
            }
            refuseFull(waiting.target(), waiting.messageName(), waiting.message(), waiting.reply(),
                    "; the connection waited " + TimeUnit.NANOSECONDS.toMillis(endpoint.pushBackNanos())
                    + " ms for room");
        }
        stalled = null;
        handleFrames();
        if (stalled == null && !closed.get()) {
            pauseReading(false);
        }
    }

    private void refuseFull(InboundTarget target, String messageName, Object message, AskFuture<?> reply,
            String detail) {
        if (reply == null) {
            core.recordDeadLetter(target.actorName(), messageName,
                    "mailbox full, remote tell from " + label + " dropped" + detail, message);
        } else {
            reply.fail(target.endpoint().mailboxFull("ask '" + messageName + "' from " + label
                    + " refused" + detail));
        }
    }

    private void handleFrame(byte type, ByteBuffer in) {
        if (hello == null) {
            if (type != Frames.HELLO) {
                throw new CodecException("the first frame must be a HELLO handshake, not "
                        + Frames.typeName(type) + " (is the peer a Mycelium node?)", -1, in.position());
            }
            hello = Hello.read(in, limits);
            peerMaxFrameBytes = hello.maxFrameBytes();
            peerHello.complete(hello);
            return;
        }
        switch (type) {
            case Frames.TELL -> onTell(in);
            case Frames.ASK -> onAsk(in);
            case Frames.REPLY -> onReply(in);
            case Frames.FAILURE -> onFailure(in);
            case Frames.REFUSED -> onRefused(in);
            case Frames.BIND -> onBind(in);
            case Frames.BOUND -> onBound(in);
            case Frames.BIND_FAILED -> onBindFailed(in);
            case Frames.HELLO -> throw new CodecException("a second HELLO handshake", -1, in.position());
            default -> throw new CodecException("unknown frame type " + type, -1, in.position() - 1);
        }
    }

    private void onBind(ByteBuffer in) {
        int at = in.position();
        int handle = WireIn.readInt(in, -1);
        String name = WireIn.readString(in, -1, limits);
        String typeName = WireIn.readString(in, -1, limits);
        WireIn.end(in, -1);
        if (handle < 1 || handle >= Frames.MAX_BINDINGS) {
            throw new CodecException("BIND of handle " + handle + ", outside 1.."
                    + (Frames.MAX_BINDINGS - 1), -1, at);
        }
        if (handle < bindings.length && bindings[handle] != null) {
            throw new CodecException("BIND of handle " + handle + ", which is bound already", -1, at);
        }
        String refusal = null;
        LocalActor actor = name == null ? null : core.findLocal(name);
        if (actor == null || !(actor.exported() || granted.contains(name))) {
            refusal = "node '" + core.name() + "' has no exported actor named '" + name + "'";
        } else if (!actor.descriptor().actorType().getName().equals(typeName)) {
            refusal = "actor '" + name + "' on node '" + core.name() + "' implements "
                    + actor.descriptor().actorType().getName() + ", not " + typeName;
        } else {
            List<PeerMessage> theirs = hello.protocols().get(typeName);
            ProtocolCompatibility.Report report = theirs == null ? null
                    : ProtocolCompatibility.compare(actor.descriptor(), theirs);
            if (report == null) {
                refusal = "the peer did not announce protocol " + typeName + " in its handshake";
            } else if (!report.compatible()) {
                refusal = "protocol " + typeName + " of actor '" + name + "' on node '" + core.name()
                        + "' differs from the peer's:\n" + report.describe();
            }
        }
        if (handle >= bindings.length) {
            bindings = Arrays.copyOf(bindings, Math.min(Frames.MAX_BINDINGS,
                    Math.max(handle + 1, 2 * bindings.length)));
        }
        if (refusal != null) {
            LOG.log(Level.INFO, "refused a bind from {0}: {1}", label, refusal);
            bindings[handle] = InboundTarget.refused(name, refusal);
            sendControl(Frames.BIND_FAILED, handle, refusal);
        } else {
            bindings[handle] = new InboundTarget(name, actor.endpoint(), actor.descriptor(),
                    codec(actor.descriptor()), null);
            sendControl(Frames.BOUND, handle, null);
        }
    }

    private InboundTarget target(ByteBuffer in, int handle, int at) {
        InboundTarget target = handle > 0 && handle < bindings.length ? bindings[handle] : null;
        if (target == null) {
            throw new CodecException("frame for handle " + handle + ", which the peer never bound", -1, at);
        }
        return target;
    }

    private MessageInfo message(InboundTarget target, int messageId, boolean ask, int at) {
        for (MessageInfo info : target.descriptor().messages()) {
            if (info.id() == messageId) {
                if (info.ask() != ask) {
                    throw new CodecException((ask ? "an ASK of tell '" : "a TELL of ask '") + info.name()
                            + "' of " + target.descriptor().actorType().getName(), messageId, at);
                }
                return info;
            }
        }
        throw new CodecException("unknown message id for " + target.descriptor().actorType().getName(),
                messageId, at);
    }

    private void onTell(ByteBuffer in) {
        int at = in.position();
        int handle = WireIn.readInt(in, -1);
        int messageId = WireIn.readInt(in, -1);
        InboundTarget target = target(in, handle, at);
        if (target.refusal() != null) {
            if (refusedTells++ % 1000 == 0) {
                LOG.log(Level.WARNING, "dropped {0} tell(s) from {1} to ''{2}'': {3}",
                        refusedTells, label, target.actorName(), target.refusal());
            }
            return;
        }
        MessageInfo info = message(target, messageId, false, at);
        Object record = target.codec().decode(messageId, in, null);
        deliver(target, info.name(), record, null);
    }

    private void onAsk(ByteBuffer in) {
        int at = in.position();
        int handle = WireIn.readInt(in, -1);
        int messageId = WireIn.readInt(in, -1);
        long correlation = WireIn.readLong(in, -1);
        InboundTarget target = target(in, handle, at);
        if (target.refusal() != null) {
            sendRefusal(correlation, target.refusal());
            return;
        }
        MessageInfo info = message(target, messageId, true, at);
        AskFuture<Object> reply = target.endpoint().newAsk(info.name());
        Object record = target.codec().decode(messageId, in, reply);
        MessageCodec<Object> codec = target.codec();
        reply.whenComplete((value, failure) -> sendReply(correlation, messageId, codec, value, failure));
        deliver(target, info.name(), record, reply);
    }

    private void onReply(ByteBuffer in) {
        long correlation = WireIn.readLong(in, -1);
        PendingAsk ask = pending.remove(correlation);
        if (ask == null) {
            return; // answered after it timed out: nobody waits any more
        }
        Object value;
        try {
            value = ask.codec().decodeReply(ask.messageId(), in);
        } catch (CodecException e) {
            ask.future().fail(e);
            throw e;
        }
        ask.complete(value);
    }

    private void onFailure(ByteBuffer in) {
        long correlation = WireIn.readLong(in, -1);
        PendingAsk ask = pending.remove(correlation);
        if (ask == null) {
            return;
        }
        try {
            ask.future().fail(ask.codec().decodeFailure(ask.messageId(), in));
        } catch (CodecException e) {
            ask.future().fail(e);
            throw e;
        }
    }

    private void onRefused(ByteBuffer in) {
        long correlation = WireIn.readLong(in, -1);
        String reason = WireIn.readString(in, -1, limits);
        WireIn.end(in, -1);
        PendingAsk ask = pending.remove(correlation);
        if (ask != null) {
            ask.future().fail(new ActorNotFoundException(reason + "; ask '"
                    + ask.future().messageName() + "' was not delivered"));
        }
    }

    private void onBound(ByteBuffer in) {
        int at = in.position();
        int handle = WireIn.readInt(in, -1);
        WireIn.end(in, -1);
        CompletableFuture<Void> confirmed = bindReplies.remove(handle);
        if (confirmed == null) {
            throw new CodecException("BOUND for handle " + handle + ", which this side never bound", -1, at);
        }
        RemoteEndpoint endpoint = bound.get(handle);
        if (endpoint != null) {
            endpoint.bindConfirmed();
        }
        confirmed.complete(null);
    }

    private void onBindFailed(ByteBuffer in) {
        int at = in.position();
        int handle = WireIn.readInt(in, -1);
        String reason = WireIn.readString(in, -1, limits);
        WireIn.end(in, -1);
        CompletableFuture<Void> confirmed = bindReplies.remove(handle);
        RemoteEndpoint endpoint = bound.remove(handle);
        if (confirmed == null || endpoint == null) {
            throw new CodecException("BIND_FAILED for handle " + handle + ", which this side never bound",
                    -1, at);
        }
        endpoint.linkRefused(this, reason);
        confirmed.completeExceptionally(new ActorNotFoundException(reason));
        if (peer != null) {
            peer.rebindLater(endpoint, this);
        }
    }

    // ============================================================ closing

    private void protocolError(String problem) {
        close("protocol error, closing the connection: " + problem, true);
    }

    ConnectionLostException lost(String detail) {
        String reason = closeReason;
        return new ConnectionLostException(label, reason == null ? detail : detail + " (" + reason + ")");
    }

    /**
     * Closes the connection once: fails the asks waiting for a reply over it, takes the endpoints
     * bound through it offline, and tells the peer manager to reconnect.
     */
    void close(String reason, boolean warn) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeReason = reason;
        LOG.log(warn ? Level.WARNING : Level.INFO, "connection {0}: {1}", label, reason);
        for (RemoteEndpoint endpoint : bound.values()) {
            endpoint.linkFailed(this, "connection lost (" + reason + ")");
        }
        SelectionKey k = key;
        if (k != null) {
            k.cancel();
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the channel of {0} failed", label, e);
        }
        writeLock.lock();
        try {
            drained.signalAll();
        } finally {
            writeLock.unlock();
        }
        peerHello.completeExceptionally(lost("closed during the handshake"));
        for (Long correlation : pending.keySet()) {
            PendingAsk ask = pending.remove(correlation);
            if (ask != null) {
                ask.future().fail(lost("closed before ask '" + ask.future().messageName()
                        + "' was answered"));
            }
        }
        for (CompletableFuture<Void> confirmed : bindReplies.values()) {
            confirmed.completeExceptionally(lost("closed before the bind was confirmed"));
        }
        bindReplies.clear();
        for (RemoteEndpoint endpoint : bound.values()) {
            endpoint.linkFailed(this, "connection lost (" + reason + ")");
        }
        bound.clear();
        transport.closed(this);
        if (peer != null) {
            peer.lost(this);
        }
    }

    /** Waits for the peer's handshake. */
    Hello awaitHello(long timeoutNanos)
            throws InterruptedException, ExecutionException, TimeoutException {
        return peerHello.get(timeoutNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public String toString() {
        return "Connection[" + label + (closed.get() ? ", closed" : "") + "]";
    }
}

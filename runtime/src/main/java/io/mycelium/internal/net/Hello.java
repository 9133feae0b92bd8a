package io.mycelium.internal.net;

import io.mycelium.CodecException;
import io.mycelium.internal.ActorDescriptor;
import io.mycelium.internal.wire.ProtocolCompatibility.PeerMessage;
import io.mycelium.internal.wire.WireIn;
import io.mycelium.internal.wire.WireLimits;
import io.mycelium.internal.wire.WireOut;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first frame each side of a connection sends: magic and version, the node's name, the
 * largest frame it accepts, and the message table of every protocol it knows (so that lookups
 * and actor references received later can be checked against the peer's protocols without
 * another round trip).
 *
 * @param nodeName the name of the peer's actor system
 * @param maxFrameBytes the largest frame the peer accepts
 * @param protocols the peer's protocols by {@code @Actor} interface name
 */
record Hello(String nodeName, int maxFrameBytes, Map<String, List<PeerMessage>> protocols) {

    static Hello of(String nodeName, int maxFrameBytes, List<ActorDescriptor<?>> descriptors) {
        Map<String, List<PeerMessage>> protocols = new HashMap<>();
        for (ActorDescriptor<?> descriptor : descriptors) {
            protocols.put(descriptor.actorType().getName(), PeerMessage.of(descriptor));
        }
        return new Hello(nodeName, maxFrameBytes, Map.copyOf(protocols));
    }

    /** Writes the fields after the type byte. */
    void write(WireOut out) {
        out.writeInt(Frames.MAGIC);
        out.writeShort(Frames.VERSION);
        out.writeString(nodeName);
        out.writeInt(maxFrameBytes);
        out.writeInt(protocols.size());
        for (Map.Entry<String, List<PeerMessage>> protocol : protocols.entrySet()) {
            out.writeString(protocol.getKey());
            out.writeInt(protocol.getValue().size());
            for (PeerMessage message : protocol.getValue()) {
                out.writeInt(message.id());
                out.writeString(message.name());
                out.writeLong(message.schemaHash());
            }
        }
    }

    /**
     * Reads the fields after the type byte.
     *
     * @throws CodecException if the magic, the version or anything else is wrong
     */
    static Hello read(ByteBuffer in, WireLimits limits) {
        int at = in.position();
        int magic = WireIn.readInt(in, -1);
        if (magic != Frames.MAGIC) {
            throw new CodecException("not a Mycelium peer: the handshake starts with 0x"
                    + Integer.toHexString(magic) + " instead of the magic 0x"
                    + Integer.toHexString(Frames.MAGIC), -1, at);
        }
        short version = WireIn.readShort(in, -1);
        if (version != Frames.VERSION) {
            throw new CodecException("the peer speaks wire version " + version + ", this node "
                    + Frames.VERSION, -1, at + 4);
        }
        String nodeName = WireIn.readString(in, -1, limits);
        int maxFrame = WireIn.readInt(in, -1);
        if (maxFrame < 64) {
            throw new CodecException("the peer announces a maximum frame of " + maxFrame
                    + " bytes", -1, in.position() - 4);
        }
        int count = WireIn.readCount(in, -1, 8, limits);
        Map<String, List<PeerMessage>> protocols = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String type = WireIn.readString(in, -1, limits);
            int messages = WireIn.readCount(in, -1, 16, limits);
            List<PeerMessage> table = new ArrayList<>(messages);
            for (int m = 0; m < messages; m++) {
                int id = WireIn.readInt(in, -1);
                String name = WireIn.readString(in, -1, limits);
                long hash = WireIn.readLong(in, -1);
                table.add(new PeerMessage(id, name == null ? "?" : name, hash));
            }
            if (type != null) {
                protocols.put(type, List.copyOf(table));
            }
        }
        WireIn.end(in, -1);
        return new Hello(nodeName == null ? "?" : nodeName, maxFrame, Map.copyOf(protocols));
    }

    /** The peer's message table of {@code type}, or {@code null} if it does not know it. */
    List<PeerMessage> protocol(Class<?> type) {
        return protocols.get(type.getName());
    }

}

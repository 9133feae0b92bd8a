package io.mycelium.internal.wire;

import io.mycelium.MyceliumException;
import io.mycelium.internal.ActorDescriptor;
import io.mycelium.internal.MessageInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compares the message table of a local protocol with the one a peer announces (at a
 * transport's handshake), message by message. Messages are matched by id; a message is
 * compatible when both sides have it with the same schema hash. A renamed method that kept its
 * id through {@code @MessageId} stays compatible; adding a method leaves every other message
 * compatible (the new one is merely missing on older peers).
 */
public final class ProtocolCompatibility {

    /** How one message compares. */
    public enum Status {
        /** Both sides have the message with the same schema: it can be exchanged. */
        COMPATIBLE,
        /** Only this side has the message: sending it to the peer must fail. */
        MISSING_ON_PEER,
        /** Only the peer has the message: it cannot send it here. */
        MISSING_LOCALLY,
        /** Both have the id, but the parameter or reply types differ: neither may send it. */
        SCHEMA_DIFFERS
    }

    /**
     * One message as a peer announces it.
     *
     * @param id the message id
     * @param name the method name on the peer
     * @param schemaHash the peer's schema hash of the message
     */
    public record PeerMessage(int id, String name, long schemaHash) {
        /** The announcement of a local message. */
        public static PeerMessage of(MessageInfo message) {
            return new PeerMessage(message.id(), message.name(), message.schemaHash());
        }

        /** The announcements of every message of {@code descriptor}. */
        public static List<PeerMessage> of(ActorDescriptor<?> descriptor) {
            return descriptor.messages().stream().map(PeerMessage::of).toList();
        }
    }

    /**
     * The comparison of one message id.
     *
     * @param id the message id
     * @param name the local method name, or the peer's if the message is missing locally
     * @param status how it compares
     * @param detail a sentence naming the actor, the method and what differs; for a compatible
     *     message, empty unless the peer calls it by another name
     */
    public record Result(int id, String name, Status status, String detail) {
    }

    /**
     * The comparison of a whole protocol.
     *
     * @param actor the actor's interface name
     * @param results one entry per message id known to either side: local messages in
     *     declaration order, then the peer's extra ones
     */
    public record Report(String actor, List<Result> results) {

        /** Whether no message has a differing schema (missing messages are tolerated). */
        public boolean compatible() {
            return results.stream().noneMatch(r -> r.status() == Status.SCHEMA_DIFFERS);
        }

        /** Whether every message on either side is compatible. */
        public boolean identical() {
            return results.stream().allMatch(r -> r.status() == Status.COMPATIBLE);
        }

        /** The status of message {@code id}, or {@code null} if neither side has it. */
        public Status status(int id) {
            return results.stream().filter(r -> r.id() == id).map(Result::status).findFirst().orElse(null);
        }

        /** The messages that are not compatible. */
        public List<Result> problems() {
            return results.stream().filter(r -> r.status() != Status.COMPATIBLE).toList();
        }

        /** A multi-line description of every problem, or a line saying there are none. */
        public String describe() {
            List<Result> problems = problems();
            if (problems.isEmpty()) {
                return "protocol " + actor + ": every message is compatible with the peer";
            }
            return problems.stream().map(Result::detail).collect(Collectors.joining("\n"));
        }

        /** Throws if a message's schema differs, naming every such message. */
        public void requireCompatible() {
            if (!compatible()) {
                throw new MyceliumException("protocol " + actor + " differs from the peer's:\n"
                        + results.stream().filter(r -> r.status() == Status.SCHEMA_DIFFERS)
                                .map(Result::detail).collect(Collectors.joining("\n")));
            }
        }
    }

    private ProtocolCompatibility() {
    }

    /** Compares {@code local}'s messages with the table {@code peer} announced. */
    public static Report compare(ActorDescriptor<?> local, List<PeerMessage> peer) {
        return compare(local.actorType().getSimpleName(), local.messages(), peer);
    }

    /** Compares {@code local} messages of the actor named {@code actor} with the peer's table. */
    public static Report compare(String actor, List<MessageInfo> local, List<PeerMessage> peer) {
        Map<Integer, PeerMessage> peerById = new LinkedHashMap<>();
        for (PeerMessage message : peer) {
            peerById.put(message.id(), message);
        }
        List<Result> results = new ArrayList<>();
        for (MessageInfo mine : local) {
            PeerMessage theirs = peerById.remove(mine.id());
            String where = "protocol " + actor + ", method '" + mine.name() + "' (id " + mine.id() + ")";
            if (theirs == null) {
                String hint = peer.stream().filter(p -> p.name().equals(mine.name())).findFirst()
                        .map(p -> "; the peer has a '" + p.name() + "' with id " + p.id()
                                + ", so its parameter types or @MessageId differ")
                        .orElse("");
                results.add(new Result(mine.id(), mine.name(), Status.MISSING_ON_PEER,
                        where + ": the peer does not have this message" + hint));
            } else if (theirs.schemaHash() != mine.schemaHash()) {
                results.add(new Result(mine.id(), mine.name(), Status.SCHEMA_DIFFERS,
                        where + ": parameter or reply types differ from the peer's '" + theirs.name()
                                + "' (here " + mine.schema() + ", schema hash " + hex(mine.schemaHash())
                                + "; peer's schema hash " + hex(theirs.schemaHash()) + ")"));
            } else {
                String detail = theirs.name().equals(mine.name()) ? ""
                        : where + ": compatible; the peer calls it '" + theirs.name() + "'";
                results.add(new Result(mine.id(), mine.name(), Status.COMPATIBLE, detail));
            }
        }
        peerById.values().stream().sorted(Comparator.comparingInt(PeerMessage::id)).forEach(theirs ->
                results.add(new Result(theirs.id(), theirs.name(), Status.MISSING_LOCALLY,
                        "protocol " + actor + ", method '" + theirs.name() + "' (id " + theirs.id()
                                + "): only the peer has this message")));
        return new Report(actor, List.copyOf(results));
    }

    private static String hex(long hash) {
        return "0x" + Long.toHexString(hash);
    }
}

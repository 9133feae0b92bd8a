package io.mycelium.internal.net;

/**
 * The frame layout shared by both ends of a connection. Every frame is a little-endian
 * {@code int} length (the bytes after it, at least 1 and at most the receiver's announced
 * maximum), a type byte, and the type's fields:
 *
 * <pre>
 * HELLO       magic:int version:short node:string maxFrame:int protocols (see {@link Hello})
 * BIND        handle:int actor:string type:string      bind a handle to an actor of the receiver
 * BOUND       handle:int
 * BIND_FAILED handle:int reason:string
 * TELL        handle:int messageId:int body
 * ASK         handle:int messageId:int correlation:long body
 * REPLY       correlation:long body                    a successful reply, the codec's reply body
 * FAILURE     correlation:long class:string message:string   the handler failed
 * REFUSED     correlation:long reason:string              the ask reached no handler (refused bind)
 * </pre>
 *
 * <p>Handles are chosen by the side that sends BIND and name an actor of the other side for the
 * life of the connection; frames on one connection are handled in the order they were sent, so
 * a TELL may follow its BIND without waiting for BOUND.
 */
final class Frames {
    static final int MAGIC = 0x4C43594D; // "MYCL" read as little-endian bytes
    static final short VERSION = 1;

    static final byte HELLO = 1;
    static final byte BIND = 2;
    static final byte BOUND = 3;
    static final byte BIND_FAILED = 4;
    static final byte TELL = 5;
    static final byte ASK = 6;
    static final byte REPLY = 7;
    static final byte FAILURE = 8;
    static final byte REFUSED = 9;

    /** The length field and the type byte. */
    static final int HEADER_BYTES = 5;

    /** The most handles one peer may bind on a connection. */
    static final int MAX_BINDINGS = 1 << 16;

    private Frames() {
    }

    static String typeName(byte type) {
        return switch (type) {
            case HELLO -> "HELLO";
            case BIND -> "BIND";
            case BOUND -> "BOUND";
            case BIND_FAILED -> "BIND_FAILED";
            case TELL -> "TELL";
            case ASK -> "ASK";
            case REPLY -> "REPLY";
            case FAILURE -> "FAILURE";
            case REFUSED -> "REFUSED";
            default -> "type " + type;
        };
    }
}

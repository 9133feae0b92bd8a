package io.mycelium;

/**
 * A frame could not be decoded (truncated, oversized, an unknown message id, a length or count
 * beyond the limits, a value the target type refuses), or a message could not be encoded (it
 * outgrew the frame limit).
 *
 * <p>Decoding raises exactly this exception for every malformed input, never another type, and
 * never after a handler was called: generated codecs read every argument before they invoke
 * the actor. A transport that catches it drops the connection the frame came from.
 *
 * <p>It carries no stack trace (frames from a hostile or broken peer must be cheap to reject);
 * {@link #messageId()} and {@link #offset()} say where the frame went wrong, and a value the
 * target type refused is kept as the {@linkplain #getCause() cause}.
 */
public class CodecException extends MyceliumException {
    private static final long serialVersionUID = 1L;

    private final int messageId;
    private final int offset;

    /**
     * Creates the exception.
     *
     * @param problem what is wrong, e.g. {@code string length 900 exceeds the 12 bytes left}
     * @param messageId the id of the message being decoded or encoded
     * @param offset the buffer index at which the problem was found
     */
    public CodecException(String problem, int messageId, int offset) {
        this(problem, messageId, offset, null);
    }

    /** Creates the exception for a value that the target type refused with {@code cause}. */
    public CodecException(String problem, int messageId, int offset, Throwable cause) {
        super("bad frame for message id " + messageId + " at offset " + offset + ": " + problem, cause);
        this.messageId = messageId;
        this.offset = offset;
    }

    /**
     * The id of the message whose body was being decoded or encoded; {@code -1} when a message
     * outgrew its writer's limit, where the transport knows which message it was sending.
     */
    public int messageId() {
        return messageId;
    }

    /** The index in the buffer at which the problem was found. */
    public int offset() {
        return offset;
    }

    /** No stack trace: rejecting a bad frame must stay cheap; the message says where it failed. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}

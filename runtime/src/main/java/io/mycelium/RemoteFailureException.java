package io.mycelium;

/**
 * An ask failed on another node: its handler threw, or returned a failed stage. Exceptions do
 * not cross the wire as objects (no Java serialization); the remote exception's class name and
 * message do, and this exception carries them.
 */
public class RemoteFailureException extends MyceliumException {
    private static final long serialVersionUID = 1L;

    private final String remoteType;
    private final String remoteMessage;

    /**
     * Creates the exception.
     *
     * @param remoteType the class name of the exception on the remote node
     * @param remoteMessage its message, or {@code null} if it had none
     */
    public RemoteFailureException(String remoteType, String remoteMessage) {
        super(remoteMessage == null ? remoteType : remoteType + ": " + remoteMessage);
        this.remoteType = remoteType;
        this.remoteMessage = remoteMessage;
    }

    /** The class name of the exception on the remote node, e.g. {@code java.lang.IllegalStateException}. */
    public String remoteType() {
        return remoteType;
    }

    /** The remote exception's message, or {@code null}. */
    public String remoteMessage() {
        return remoteMessage;
    }
}

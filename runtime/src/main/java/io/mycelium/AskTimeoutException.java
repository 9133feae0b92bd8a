package io.mycelium;

import java.time.Duration;

/** An ask received no reply within its timeout. */
public class AskTimeoutException extends MyceliumException {
    private static final long serialVersionUID = 1L;

    private final String actorName;
    private final String message;
    private final transient Duration timeout;

    /** Creates the exception for the ask {@code message} to {@code actorName}. */
    public AskTimeoutException(String actorName, String message, Duration timeout) {
        super("ask '" + message + "' to actor '" + actorName + "' got no reply within "
                + timeout.toMillis() + " ms");
        this.actorName = actorName;
        this.message = message;
        this.timeout = timeout;
    }

    /** The name of the actor that was asked. */
    public String actorName() {
        return actorName;
    }

    /** The name of the message (the protocol method) that was asked. */
    public String messageName() {
        return message;
    }

    /** How long the ask waited. */
    public Duration timeout() {
        return timeout;
    }
}

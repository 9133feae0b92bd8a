package io.mycelium;

/** Base class of every exception Mycelium throws or completes an ask with. Unchecked. */
public class MyceliumException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message that names the problem. */
    public MyceliumException(String message) {
        super(message);
    }

    /** Creates an exception with a message that names the problem, and its cause. */
    public MyceliumException(String message, Throwable cause) {
        super(message, cause);
    }
}

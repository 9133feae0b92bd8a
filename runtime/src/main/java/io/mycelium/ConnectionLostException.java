package io.mycelium;

/**
 * A call to an actor on another node could not be made or answered because the connection to
 * that node is down: a tell sent while disconnected (nothing is buffered for later), or an ask
 * whose connection closed before the reply arrived. The transport reconnects by itself with a
 * back-off; calls through the same reference work again once it has.
 */
public class ConnectionLostException extends MyceliumException {
    private static final long serialVersionUID = 1L;

    private final String address;

    /** Creates the exception for the node at {@code address}. */
    public ConnectionLostException(String address, String detail) {
        super("no connection to " + address + ": " + detail);
        this.address = address;
    }

    /** The address of the node the connection went to. */
    public String address() {
        return address;
    }
}

package io.mycelium.internal;

import io.mycelium.MailboxFullException;

/**
 * Where messages that arrived from another node go. The node's I/O thread delivers them and
 * must never wait for a mailbox (every connection of the node would wait with it), so a full
 * mailbox is reported back instead: the connection then stops reading, which pushes back through
 * the socket to that one sender, and retries for at most {@link #pushBackNanos()}.
 */
public interface InboundEndpoint extends Endpoint {

    /**
     * Takes a tell unless the mailbox is full: then returns {@code false} and nothing happened. A
     * tell to a stopped actor is taken as a dead letter.
     */
    boolean offerTell(Object message);

    /**
     * Takes an ask unless the mailbox is full: then returns {@code false} and nothing happened but
     * the start of the ask's timeout (once, on the first offer). An ask to a stopped actor is taken
     * and fails.
     */
    boolean offerAsk(Object message, AskFuture<?> reply);

    /**
     * How long a full mailbox may hold back a remote sender: the timeout of an
     * {@link io.mycelium.OverflowPolicy#block block} policy; {@code 0} under fail-fast and drop,
     * where a remote message that finds the mailbox full is refused at once.
     */
    long pushBackNanos();

    /** The exception that refuses a message because this mailbox is full, with {@code detail}. */
    MailboxFullException mailboxFull(String detail);
}

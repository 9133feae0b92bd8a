package io.mycelium.bench.tell;

/**
 * Something that counts tells per sender: the sender can wait for exactly its own messages
 * to have been handled, whatever the other senders are doing.
 */
interface TellTarget extends AutoCloseable {

    /** Sends one message from {@code sender}. */
    void tell(int sender);

    /** How many messages from {@code sender} the receiving side has handled. */
    long handled(int sender);

    @Override
    void close() throws Exception;
}

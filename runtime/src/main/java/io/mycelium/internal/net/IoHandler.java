package io.mycelium.internal.net;

import java.nio.channels.SelectionKey;

/** What the I/O loop calls when a registered channel is ready: a connection or a listener. */
interface IoHandler {

    /** The channel of {@code key} is ready for the operations in its ready set. */
    void ready(SelectionKey key);

    /** {@link #ready} threw {@code failure}: give up this channel only. */
    void failed(RuntimeException failure);
}

package io.mycelium.bench.pipeline;

/** The two shapes, built once per trial by each runtime. */
interface Pipeline extends AutoCloseable {

    /** Sends {@code messages} into the head of the chain and returns when the tail has seen all. */
    void chain(int messages) throws InterruptedException;

    /** Runs {@code rounds} scatter-gather rounds one after the other and returns after the last. */
    void scatterGather(int rounds) throws InterruptedException;

    @Override
    void close() throws Exception;
}

package io.mycelium.bench.codec;

import io.mycelium.annotation.Actor;

/** The protocol whose generated codec the benchmark measures. */
@Actor
public interface Feed {
    void place(Order order);

    void publish(Book book);
}

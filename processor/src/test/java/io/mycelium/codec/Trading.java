package io.mycelium.codec;

import io.mycelium.annotation.Actor;
import io.mycelium.annotation.MessageId;
import java.util.concurrent.CompletionStage;

/** A small trading protocol: golden bytes, allocation and versioning tests use it. */
@Actor
public interface Trading {
    @MessageId(1)
    void place(Order order);

    /** Primitive-only: decoding it must allocate nothing. */
    @MessageId(2)
    void tick(long instrument, double price, int size, boolean last);

    @MessageId(3)
    void publish(Book book);

    @MessageId(4)
    CompletionStage<Order> lookup(long id);

    @MessageId(5)
    CompletionStage<Long> depth(Side side);
}

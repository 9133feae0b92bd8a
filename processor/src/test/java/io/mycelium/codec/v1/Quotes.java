package io.mycelium.codec.v1;

import io.mycelium.annotation.Actor;
import io.mycelium.annotation.MessageId;
import java.util.concurrent.CompletionStage;

/** Version 1 of a protocol; version 2 lives in the sibling package. */
@Actor
public interface Quotes {
    @MessageId(1)
    void quote(Quote quote);

    @MessageId(2)
    CompletionStage<Long> count();

    void reset(String reason);

    @MessageId(3)
    void route(Venue venue);
}

package io.mycelium.codec.v2;

import io.mycelium.annotation.Actor;
import io.mycelium.annotation.MessageId;
import java.util.concurrent.CompletionStage;

/** Version 2: a changed record, a renamed method, a reordered enum and a new method. */
@Actor
public interface Quotes {
    @MessageId(1)
    void quote(Quote quote);

    /** Renamed from {@code count}; the fixed id keeps it compatible. */
    @MessageId(2)
    CompletionStage<Long> size();

    void reset(String reason);

    @MessageId(3)
    void route(Venue venue);

    void halt(String symbol);
}

package io.mycelium.bench.codec;

public enum Side {
    BUY,
    SELL
}

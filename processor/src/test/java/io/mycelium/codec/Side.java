package io.mycelium.codec;

public enum Side {
    BUY,
    SELL
}

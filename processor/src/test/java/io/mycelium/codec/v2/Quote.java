package io.mycelium.codec.v2;

/** Version 2 added a component. */
public record Quote(String symbol, long price, int size) {
}

package io.mycelium.codec.v1;

public record Quote(String symbol, long price) {
}

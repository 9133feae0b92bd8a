package io.mycelium.codec;

/** A record whose constructor refuses some values: decoding them must be a CodecException. */
public record Validated(int value) {
    public Validated {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
    }
}

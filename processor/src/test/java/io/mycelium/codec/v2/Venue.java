package io.mycelium.codec.v2;

/** Version 2 reordered the constants, which changes ordinals on the wire. */
public enum Venue {
    XETRA,
    LSE
}

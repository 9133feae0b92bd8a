/**
 * The wire format shared by generated codecs: bounds-checked reading ({@link
 * io.mycelium.internal.wire.WireIn}), growing little-endian writing ({@link
 * io.mycelium.internal.wire.WireOut}), limits, actor-reference resolution and the comparison of
 * protocol versions at a handshake. Internal: generated code calls it, users do not.
 */
package io.mycelium.internal.wire;

package io.mycelium.internal.wire;

/**
 * Bounds a codec checks before it allocates anything for a decoded value. Every length and count
 * is also checked against the bytes actually left in the frame, so these limits only matter for
 * frames that are large and well formed.
 *
 * @param maxBytes the most bytes one string, byte array or number may take, and the largest body
 *     a {@link WireOut} grows to
 * @param maxCount the most elements one collection, map or array may hold
 */
public record WireLimits(int maxBytes, int maxCount) {

    /** 16 MiB per value and body, one million elements per collection. */
    public static final WireLimits DEFAULT = new WireLimits(16 * 1024 * 1024, 1024 * 1024);

    /** Checks that both limits are positive. */
    public WireLimits {
        if (maxBytes <= 0 || maxCount <= 0) {
            throw new IllegalArgumentException("wire limits must be positive: maxBytes=" + maxBytes
                    + ", maxCount=" + maxCount);
        }
    }
}

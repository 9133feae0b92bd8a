package io.mycelium.behaviour;

/** An {@link Error} a probe throws on demand: escalated by the default strategy. */
final class ProbeError extends Error {
    private static final long serialVersionUID = 1L;

    ProbeError(String message) {
        super(message);
    }
}

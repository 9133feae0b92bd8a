package io.mycelium.internal;

/** Implemented by every generated proxy, so the runtime can find what a reference points to. */
public interface ActorProxy {

    /** Where this proxy sends its calls. */
    Endpoint endpoint();
}

package io.mycelium.bench.spawn;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Retained heap per idle actor, reported by JMH as a secondary result of the footprint run. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class Footprint {
    /** Bytes of heap still in use after a full GC, per spawned actor. */
    public double bytesPerActor;
}

package io.mycelium.behaviour;

import io.mycelium.ActorNotFoundException;
import io.mycelium.ActorSystem;
import java.util.concurrent.atomic.AtomicReference;

/** Finding probes that their parents spawn asynchronously. */
final class Probes {
    private Probes() {
    }

    /** The probe named {@code name}, waiting (bounded) until it has been spawned. */
    static Probe lookup(ActorSystem system, String name) {
        AtomicReference<Probe> found = new AtomicReference<>();
        Await.until("probe '" + name + "' exists", () -> {
            try {
                found.set(system.lookup(Probe.class, name));
                return true;
            } catch (ActorNotFoundException e) {
                return false;
            }
        });
        return found.get();
    }

    static boolean exists(ActorSystem system, String name) {
        try {
            system.lookup(Probe.class, name);
            return true;
        } catch (ActorNotFoundException e) {
            return false;
        }
    }
}

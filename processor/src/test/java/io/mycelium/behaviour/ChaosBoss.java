package io.mycelium.behaviour;

import io.mycelium.annotation.Actor;
import java.util.concurrent.CompletionStage;

/** An inner node of the chaos test's tree (a dept or a team): spawns and respawns its children. */
@Actor
public interface ChaosBoss {
    /** Throws when {@code explode}: the boss fails, and its children with it if it restarts. */
    void poke(boolean explode);

    /** Spawns the child named {@code child} again if it is not alive. */
    void respawn(String child);

    /** How many children it has spawned in total; answered after everything sent before. */
    CompletionStage<Integer> spawned();
}

package io.mycelium.bench.spawn;

/** Spawns idle actors in a fresh actor system and tells how many have started. */
interface Spawner extends AutoCloseable {

    /** Spawns {@code count} actors named {@code a-0}, {@code a-1}, ...; returns once all are spawned. */
    void spawn(int count);

    /** How many of them have run their start. */
    int started();

    @Override
    void close();
}

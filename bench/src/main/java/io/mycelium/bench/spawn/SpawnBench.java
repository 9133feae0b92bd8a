package io.mycelium.bench.spawn;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Spawning many actors into a fresh system (Savina fork-join create): {@code spawn} times the
 * spawns until every actor has run its start; {@code footprint} spawns as many, then measures the
 * heap they retain after a full GC (its time includes the GC and is not a figure).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SpawnBench {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @Param({"mycelium", "pekko"})
    public String impl;

    @Param({"100000"})
    public int actors;

    private Spawner spawner;
    private long heapBefore;

    @Setup(Level.Iteration)
    public void start() {
        spawner = switch (impl) {
            case "mycelium" -> new MyceliumSpawner();
            case "pekko" -> new PekkoSpawner();
            default -> throw new IllegalArgumentException(impl);
        };
        heapBefore = usedHeapAfterGc();
    }

    @TearDown(Level.Iteration)
    public void stop() {
        spawner.close();
        spawner = null;
    }

    @Benchmark
    public int spawn() {
        return spawnAll();
    }

    @Benchmark
    public int footprint(Footprint footprint) {
        int started = spawnAll();
        footprint.bytesPerActor = (double) (usedHeapAfterGc() - heapBefore) / actors;
        return started;
    }

    private int spawnAll() {
        spawner.spawn(actors);
        int started;
        while ((started = spawner.started()) < actors) {
            LockSupport.parkNanos(20_000);
        }
        return started;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}

package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mycelium.ActorSystem;
import io.mycelium.Pool;
import io.mycelium.SpawnOptions;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pool spawned exported is one remote reference that routes each call to one of its members. */
class ExportedPoolTest {
    @TempDir
    Path dir;

    @Test
    void aRemoteReferenceToAPoolRoutesAcrossItsMembers() throws Exception {
        String listen = "unix:" + dir.resolve("node.sock");
        try (ActorSystem node = ActorSystem.builder("pool-node").listen(listen).build();
             ActorSystem client = ActorSystem.create("pool-client")) {
            node.spawnPool(Ledger.class, "ledgers", Pool.roundRobin(3), LedgerImpl::new,
                    SpawnOptions.defaults().exported());
            Ledger ledgers = client.lookup(Ledger.class, listen + "/ledgers");
            for (int i = 0; i < 30; i++) {
                ledgers.post("p", 1);
            }
            // Round robin: the 30 posts went 10 to each member, and the next three asks visit all three.
            long sum = 0;
            for (int i = 0; i < 3; i++) {
                long total = ledgers.total().toCompletableFuture().get(10, TimeUnit.SECONDS);
                assertEquals(10L, total);
                sum += total;
            }
            assertEquals(30L, sum);
        }
    }
}

package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mycelium.ActorSystem;
import io.mycelium.OverflowPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tells from several threads of one node reach an actor in another JVM: all of them, in order. */
class RemoteTellsTest {
    private static final int SENDERS = 4;
    private static final int TELLS_PER_SENDER = 20_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"unix", "tcp"})
    void everyTellArrivesOnceAndInSenderOrder(String kind) throws Exception {
        try (NodeProcess node = NodeProcess.start(Transports.listen(kind, dir));
             ActorSystem client = ActorSystem.builder("tells-client")
                     .outboundBuffer(64 * 1024, OverflowPolicy.block(Duration.ofSeconds(30))).build()) {
            Ledger ledger = client.lookup(Ledger.class, node.address(0) + "/ledger");
            List<CompletableFuture<Void>> senders = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                String sender = "sender-" + s;
                senders.add(CompletableFuture.runAsync(() -> {
                    for (int i = 1; i <= TELLS_PER_SENDER; i++) {
                        ledger.post(sender, i);
                    }
                }, r -> new Thread(r, sender).start()));
            }
            CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            // An ask travels behind every tell sent before it on the same connection.
            long perSender = (long) TELLS_PER_SENDER * (TELLS_PER_SENDER + 1) / 2;
            assertEquals(SENDERS * perSender, ledger.total().toCompletableFuture().get(30, TimeUnit.SECONDS));
            for (int s = 0; s < SENDERS; s++) {
                assertEquals(TELLS_PER_SENDER, ledger.countFrom("sender-" + s).toCompletableFuture()
                        .get(10, TimeUnit.SECONDS));
            }
            assertEquals(0L, ledger.outOfOrder().toCompletableFuture().get(10, TimeUnit.SECONDS));
            assertEquals(0, client.deadLetters());
        }
    }
}

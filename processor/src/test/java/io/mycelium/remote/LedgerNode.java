package io.mycelium.remote;

import io.mycelium.ActorSystem;
import io.mycelium.OverflowPolicy;
import io.mycelium.SpawnOptions;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The other node of the transport tests, run in a child JVM: listens on the addresses given as
 * arguments, exports a ledger, prints {@code LISTENING} and its bound addresses, and exits when
 * its standard input closes (so it never outlives the test JVM).
 *
 * <p>Actors: {@code ledger} (exported, a mailbox that blocks the network reader when full, so
 * tell counts are exact), {@code secret} (a ledger that is not exported), {@code watcher}
 * (an exported {@link LedgerWatcher}, to look up with the wrong interface).
 */
public final class LedgerNode {
    private LedgerNode() {
    }

    public static void main(String[] args) throws IOException {
        ActorSystem.Builder builder = ActorSystem.builder("ledger-node");
        for (String address : args) {
            builder.listen(address);
        }
        ActorSystem system = builder.build();
        system.spawn(Ledger.class, "ledger", LedgerImpl::new, SpawnOptions.defaults().exported()
                .mailboxCapacity(1024).overflow(OverflowPolicy.block(Duration.ofSeconds(30))));
        system.spawn(Ledger.class, "secret", LedgerImpl::new);
        system.spawn(LedgerWatcher.class, "watcher", () -> new LedgerWatcher() {
            @Override
            public void posted(String sender, long amount, long total) {
            }

            @Override
            public java.util.concurrent.CompletionStage<String> name() {
                return CompletableFuture.completedFuture("node-watcher");
            }
        }, SpawnOptions.defaults().exported());
        System.out.println("LISTENING " + String.join(" ", system.listenAddresses()));
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // Wait for the parent to close our input.
        }
        system.close();
    }
}

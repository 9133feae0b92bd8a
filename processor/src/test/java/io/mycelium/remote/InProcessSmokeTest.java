package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mycelium.ActorSystem;
import io.mycelium.SpawnOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InProcessSmokeTest {
    @TempDir
    Path dir;

    @Test
    void tcpAndUnix() throws Exception {
        Path sock = dir.resolve("node.sock");
        try (ActorSystem server = ActorSystem.builder("server").listen("tcp://127.0.0.1:0")
                .listen("unix:" + sock).build();
             ActorSystem client = ActorSystem.create("client")) {
            server.spawn(Ledger.class, "ledger", LedgerImpl::new, SpawnOptions.defaults().exported());
            String tcp = server.listenAddresses().get(0);
            for (String address : List.of(tcp + "/ledger", "unix:" + sock + "/ledger")) {
                Ledger ledger = client.lookup(Ledger.class, address);
                String me = "a" + address.length();
                ledger.post(me, 5);
                assertEquals(1L, ledger.countFrom(me).toCompletableFuture().get(5, TimeUnit.SECONDS));
                List<Entry> entries = List.of(new Entry("x", 1, Entry.Kind.CREDIT));
                assertEquals(entries, ledger.echo(entries).toCompletableFuture().get(5, TimeUnit.SECONDS));
                CountDownLatch seen = new CountDownLatch(1);
                LedgerWatcher watcher = client.spawn(LedgerWatcher.class, "w" + address.length(), () -> new LedgerWatcher() {
                    public void posted(String sender, long amount, long total) { seen.countDown(); }
                    public CompletionStage<String> name() { return CompletableFuture.completedFuture("watcher"); }
                });
                ledger.subscribe(watcher);
                ledger.post("b", 1);
                seen.await(5, TimeUnit.SECONDS);
                assertEquals("watcher", ledger.nameOf(watcher).toCompletableFuture().get(5, TimeUnit.SECONDS));
            }
            System.out.println(Files.getPosixFilePermissions(sock));
        }
    }
}

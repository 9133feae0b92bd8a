package io.mycelium.bench.remote;

import io.mycelium.ActorSystem;
import io.mycelium.OverflowPolicy;
import io.mycelium.SpawnOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The far side of the remote benchmarks, run in its own JVM:
 * {@code mycelium <listen-address> [backoff|busy|parking]} exports an {@link Echo} actor;
 * {@code raw <unix:/path | tcp://127.0.0.1:0> <frame-bytes>} echoes fixed-size frames over a
 * blocking socket, thread per connection (the raw limit a remote ask is compared with). Prints
 * {@code LISTENING <address>}, and exits when its standard input closes.
 */
public final class EchoNode {
    private EchoNode() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "mycelium" -> mycelium(args[1], args.length > 2 ? args[2] : "backoff");
            case "raw" -> raw(args[1], Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void mycelium(String listen, String io) throws IOException {
        ActorSystem.Builder builder = ActorSystem.builder("echo-node").listen(listen)
                .ioIdleStrategy(RemoteBench.ioIdle(io));
        try (ActorSystem system = builder.build()) {
            system.spawn(Echo.class, "echo", EchoImpl::new, SpawnOptions.defaults().exported()
                    .mailboxCapacity(64 * 1024).overflow(OverflowPolicy.block(Duration.ofSeconds(10))));
            System.out.println("LISTENING " + system.listenAddresses().get(0));
            System.out.flush();
            awaitParentExit();
        }
    }

    private static void raw(String listen, int frameBytes) throws IOException {
        ServerSocketChannel server;
        String address;
        if (listen.startsWith("unix:")) {
            Path path = Path.of(listen.substring("unix:".length()));
            Files.deleteIfExists(path);
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(path));
            address = listen;
        } else {
            server = ServerSocketChannel.open();
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            address = "tcp://127.0.0.1:" + ((InetSocketAddress) server.getLocalAddress()).getPort();
        }
        Thread acceptor = new Thread(() -> {
            while (true) {
                try {
                    SocketChannel channel = server.accept();
                    Thread echo = new Thread(() -> echo(channel, frameBytes), "raw-echo");
                    echo.setDaemon(true);
                    echo.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "raw-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        System.out.println("LISTENING " + address);
        System.out.flush();
        awaitParentExit();
        server.close();
    }

    private static void echo(SocketChannel channel, int frameBytes) {
        ByteBuffer frame = ByteBuffer.allocateDirect(frameBytes);
        try (channel) {
            if (channel.getLocalAddress() instanceof InetSocketAddress) {
                channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
            }
            while (true) {
                frame.clear();
                while (frame.hasRemaining()) {
                    if (channel.read(frame) < 0) {
                        return;
                    }
                }
                frame.flip();
                while (frame.hasRemaining()) {
                    channel.write(frame);
                }
            }
        } catch (IOException e) {
            // the benchmark closed the connection
        }
    }

    private static void awaitParentExit() throws IOException {
        while (System.in.read() >= 0) {
            // the benchmark closes our input when it is done
        }
    }
}

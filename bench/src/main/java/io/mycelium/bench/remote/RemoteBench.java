package io.mycelium.bench.remote;

import io.mycelium.ActorSystem;
import io.mycelium.IdleStrategy;
import io.mycelium.OverflowPolicy;
import io.mycelium.bench.codec.Order;
import io.mycelium.bench.codec.Side;
import io.mycelium.internal.wire.WireOut;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Two JVMs on one machine: the benchmark's and an {@link EchoNode} it starts. An ask round trip
 * from a plain thread over a Unix socket and over TCP, beside the raw limit (a blocking socket
 * ping-pong of frames of the same size between the same two JVMs), and tell throughput with a
 * final ask that arrives behind the batch.
 *
 * <p>{@code io} is the I/O idle strategy of both nodes: {@code parking} (the default) blocks in
 * {@code select()} at once; {@code backoff} polls for a while after traffic, then blocks;
 * {@code busy} polls without ever blocking (a core each), the latency-critical deployment.
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RemoteBench {
    static final Order ORDER = new Order(42, "ACME", Side.BUY, 10_050, 300);
    private static final int BATCH = 1_000;

    /** The I/O idle strategy a benchmark parameter names, on both nodes. */
    static IdleStrategy ioIdle(String io) {
        return switch (io) {
            case "backoff" -> IdleStrategy.backoff();
            case "parking" -> IdleStrategy.parking();
            case "busy" -> IdleStrategy.busySpin();
            default -> throw new IllegalArgumentException(io);
        };
    }

    /** The size of an ask frame carrying {@link #ORDER}: the raw ping-pong sends as much each way. */
    static int askFrameBytes() {
        WireOut out = WireOut.allocate(256);
        EchoCodec.DEFAULT.encode(new EchoProtocol.Echo(ORDER, null), out);
        return 4 + 1 + 4 + 4 + 8 + out.position();
    }

    private static Path socketDir() throws IOException {
        return Files.createTempDirectory("mycelium-bench");
    }

    /** A Mycelium client system with a looked-up remote {@link Echo}. */
    @State(Scope.Benchmark)
    public static class Mycelium {
        @Param({"unix", "tcp"})
        public String transport;

        @Param({"parking", "backoff", "busy"})
        public String io;

        ChildNode node;
        ActorSystem client;
        Echo echo;

        @Setup(Level.Trial)
        public void start() throws IOException {
            String listen = transport.equals("unix")
                    ? "unix:" + socketDir().resolve("echo.sock") : "tcp://127.0.0.1:0";
            node = ChildNode.start("mycelium", listen, io);
            ActorSystem.Builder builder = ActorSystem.builder("bench-client")
                    .outboundBuffer(4 * 1024 * 1024, OverflowPolicy.block(Duration.ofSeconds(10)))
                    .ioIdleStrategy(ioIdle(io));
            client = builder.build();
            echo = client.lookup(Echo.class, node.address() + "/echo");
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            client.close();
            node.close();
        }
    }

    /** An Apache Pekko client system with a resolved reference to a remote echo actor (Artery TCP). */
    @State(Scope.Benchmark)
    public static class Pekko {
        ChildNode node;
        org.apache.pekko.actor.ActorSystem client;
        org.apache.pekko.actor.ActorRef echo;
        byte[] payload;

        @Setup(Level.Trial)
        public void start() throws IOException {
            node = ChildNode.start(PekkoEchoNode.class);
            client = org.apache.pekko.actor.ActorSystem.create("client", PekkoEchoNode.config(0));
            echo = client.actorSelection("pekko://echo@127.0.0.1:" + node.address() + "/user/echo")
                    .resolveOne(Duration.ofSeconds(10)).toCompletableFuture().join();
            payload = new byte[askFrameBytes()];
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            client.terminate();
            node.close();
        }
    }

    /** A blocking socket to a raw echo node. */
    @State(Scope.Benchmark)
    public static class Raw {
        @Param({"unix", "tcp"})
        public String transport;

        ChildNode node;
        SocketChannel channel;
        ByteBuffer frame;

        @Setup(Level.Trial)
        public void start() throws IOException {
            int bytes = askFrameBytes();
            String listen = transport.equals("unix") ? "unix:" + socketDir().resolve("raw.sock") : "tcp";
            node = ChildNode.start("raw", listen, Integer.toString(bytes));
            String address = node.address();
            if (address.startsWith("unix:")) {
                channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                channel.connect(UnixDomainSocketAddress.of(address.substring("unix:".length())));
            } else {
                int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
                channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            }
            frame = ByteBuffer.allocateDirect(bytes);
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            channel.close();
            node.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Order askRoundTrip(Mycelium state) {
        return state.echo.echo(ORDER).toCompletableFuture().join();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int rawRoundTrip(Raw state) throws IOException {
        ByteBuffer frame = state.frame;
        frame.clear();
        while (frame.hasRemaining()) {
            state.channel.write(frame);
        }
        frame.clear();
        while (frame.hasRemaining()) {
            if (state.channel.read(frame) < 0) {
                throw new IOException("the raw echo node closed the connection");
            }
        }
        return frame.get(0);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object pekkoAskRoundTrip(Pekko state) {
        return org.apache.pekko.pattern.Patterns.ask(state.echo, state.payload, Duration.ofSeconds(10))
                .toCompletableFuture().join();
    }

    /** Tells to the remote actor; the final ask travels behind them, so all were handled. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public long tellThroughput(Mycelium state) {
        Echo echo = state.echo;
        for (int i = 0; i < BATCH; i++) {
            echo.take(ORDER);
        }
        return echo.taken().toCompletableFuture().join();
    }
}

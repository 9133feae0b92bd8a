package io.mycelium.internal.net;

import io.mycelium.IdleStrategy;
import io.mycelium.OverflowPolicy;
import java.time.Duration;
import java.util.List;

/**
 * How a node's transport behaves; set through {@code ActorSystem.Builder}.
 *
 * @param listen the node addresses to listen on
 * @param allowNonLoopback whether TCP may listen on addresses other than loopback
 * @param ioIdleStrategy how the I/O thread waits for sockets: the default blocks in select at
 *     once; {@code backoff()} polls for a while first; {@code busySpin()} polls without ever
 *     blocking (lowest latency, a core of its own)
 * @param maxFrameBytes the largest frame accepted from a peer; larger ones close the connection
 * @param outboundBytes how many bytes may wait to be written on one connection before the
 *     {@code outboundOverflow} policy applies
 * @param outboundOverflow what a send does when the connection's outbound buffer is full
 * @param connectTimeout how long connecting and the handshake (and a lookup's bind) may take
 * @param reconnectMin the first delay before reconnecting a lost connection
 * @param reconnectMax the longest delay between reconnection attempts
 */
public record NetSettings(List<String> listen, boolean allowNonLoopback, IdleStrategy ioIdleStrategy,
        int maxFrameBytes, int outboundBytes, OverflowPolicy outboundOverflow,
        Duration connectTimeout, Duration reconnectMin, Duration reconnectMax) {

    /**
     * The defaults: no listener, loopback only, an I/O thread that blocks as soon as it is idle,
     * 16 MiB frames, 4 MiB outbound. Polling before blocking only pays on a machine with a core to
     * spare for it: on two cores, measured in {@code RemoteBench}, a polling I/O thread took the
     * core from the thread about to handle the message and made remote asks about seven times
     * slower.
     */
    public static NetSettings defaults() {
        return new NetSettings(List.of(), false, IdleStrategy.parking(), 16 * 1024 * 1024 + 64,
                4 * 1024 * 1024, OverflowPolicy.failFast(), Duration.ofSeconds(5),
                Duration.ofMillis(50), Duration.ofSeconds(2));
    }
}

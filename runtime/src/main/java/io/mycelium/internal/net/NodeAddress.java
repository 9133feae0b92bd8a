package io.mycelium.internal.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * Where a node listens or is reached: {@code unix:/path/node.sock} or {@code tcp://host:port}.
 *
 * @param unix whether this is a Unix domain socket (otherwise TCP)
 * @param host the TCP host as written (a name, an IPv4 address, or an IPv6 address without
 *     brackets); {@code null} for Unix sockets
 * @param port the TCP port (0 when listening: any free port); {@code -1} for Unix sockets
 * @param path the socket file of a Unix address; {@code null} for TCP
 */
public record NodeAddress(boolean unix, String host, int port, Path path) {

    /** Parses a node address; the message of the exception says what is wrong with it. */
    public static NodeAddress parse(String address) {
        if (address.startsWith("unix:")) {
            String path = address.substring("unix:".length());
            if (path.isEmpty() || !path.startsWith("/")) {
                throw new IllegalArgumentException("invalid address '" + address
                        + "': a Unix socket address is unix:/absolute/path/to/node.sock");
            }
            return new NodeAddress(true, null, -1, Path.of(path));
        }
        if (address.startsWith("tcp://")) {
            String hostPort = address.substring("tcp://".length());
            int colon = hostPort.lastIndexOf(':');
            if (colon <= 0 || colon == hostPort.length() - 1) {
                throw new IllegalArgumentException("invalid address '" + address
                        + "': a TCP address is tcp://host:port, e.g. tcp://127.0.0.1:7000");
            }
            String host = hostPort.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port;
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("invalid address '" + address
                        + "': the port must be a number from 0 to 65535");
            }
            return new NodeAddress(false, host, port, null);
        }
        throw new IllegalArgumentException("invalid address '" + address
                + "': use unix:/path/to/node.sock or tcp://host:port");
    }

    /** The protocol family of a channel for this address. */
    StandardProtocolFamily family() throws UnknownHostException {
        if (unix) {
            return StandardProtocolFamily.UNIX;
        }
        return InetAddress.getByName(host) instanceof java.net.Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    /** The socket address to bind or connect to. */
    SocketAddress socketAddress() throws UnknownHostException {
        return unix ? UnixDomainSocketAddress.of(path)
                : new InetSocketAddress(InetAddress.getByName(host), port);
    }

    /** Whether a TCP address names only this machine (always true for Unix sockets). */
    boolean isLoopback() throws UnknownHostException {
        return unix || InetAddress.getByName(host).isLoopbackAddress();
    }

    /** The same TCP address with the port the listener was actually given. */
    NodeAddress withPort(int boundPort) {
        return new NodeAddress(unix, host, boundPort, path);
    }

    @Override
    public String toString() {
        if (unix) {
            return "unix:" + path;
        }
        return "tcp://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}

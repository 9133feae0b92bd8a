/**
 * The Unix-socket and TCP transports: listening, connecting, the handshake, framing, and the
 * endpoints that carry generated codecs' bodies between nodes. Internal: users see only
 * addresses, {@code ActorSystem.Builder.listen} and {@code ActorSystem.lookup}.
 */
package io.mycelium.internal.net;

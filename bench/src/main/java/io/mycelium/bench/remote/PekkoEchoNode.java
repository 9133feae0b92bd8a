package io.mycelium.bench.remote;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import org.apache.pekko.actor.AbstractActor;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.ExtendedActorSystem;
import org.apache.pekko.actor.Props;

/**
 * The far side of the Pekko remote benchmark, in its own JVM: an Apache Pekko classic actor that
 * answers every message with itself, reachable over Artery TCP on loopback. Prints
 * {@code LISTENING <port>}, and exits when its standard input closes.
 */
public final class PekkoEchoNode {
    private PekkoEchoNode() {
    }

    /** Artery over TCP on loopback; {@code byte[]} messages use Pekko's built-in bytes serializer. */
    static Config config(int port) {
        return ConfigFactory.parseString("""
                pekko.actor.provider = remote
                pekko.remote.artery.transport = tcp
                pekko.remote.artery.canonical.hostname = 127.0.0.1
                pekko.remote.artery.canonical.port = %d
                pekko.loglevel = WARNING
                pekko.stdout-loglevel = WARNING
                """.formatted(port)).withFallback(ConfigFactory.load());
    }

    /** Replies with the message it got. */
    static final class EchoActor extends AbstractActor {
        @Override
        public Receive createReceive() {
            return receiveBuilder().matchAny(message -> getSender().tell(message, getSelf())).build();
        }
    }

    public static void main(String[] args) throws IOException {
        ActorSystem system = ActorSystem.create("echo", config(0));
        system.actorOf(Props.create(EchoActor.class, EchoActor::new), "echo");
        int port = (Integer) ((ExtendedActorSystem) system).provider().getDefaultAddress().port().get();
        System.out.println("LISTENING " + port);
        System.out.flush();
        while (System.in.read() >= 0) {
            // the benchmark closes our input when it is done
        }
        system.terminate();
    }
}

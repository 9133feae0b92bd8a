package io.mycelium.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @Actor} interface and the names of what is generated for it.
 *
 * @param element the interface
 * @param actorType its class name
 * @param publicApi whether the interface is public (generated types then are too)
 * @param messages its messages in declaration order
 * @param fingerprint a hash over every message's id, name and schema hash
 * @param local whether the protocol is {@code @Actor(local = true)}: no codec
 */
record ProtocolModel(TypeElement element, ClassName actorType, boolean publicApi,
        List<MessageModel> messages, long fingerprint, boolean local) {

    /** {@code OrderBook} → {@code OrderBook}; {@code Outer.Inner} → {@code Outer_Inner}. */
    private String baseName() {
        return String.join("_", actorType.simpleNames());
    }

    ClassName protocolType() {
        return ClassName.get(actorType.packageName(), baseName() + "Protocol");
    }

    ClassName proxyType() {
        return ClassName.get(actorType.packageName(), baseName() + "Proxy");
    }

    ClassName dispatcherType() {
        return ClassName.get(actorType.packageName(), baseName() + "Dispatcher");
    }

    ClassName codecType() {
        return ClassName.get(actorType.packageName(), baseName() + "Codec");
    }

    ClassName descriptorType() {
        return ClassName.get(actorType.packageName(), baseName() + "Descriptor");
    }

    ClassName recordType(MessageModel message) {
        return protocolType().nestedClass(message.recordName());
    }
}

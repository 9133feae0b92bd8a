package io.mycelium.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/**
 * Names of the runtime types generated code refers to. The processor does not depend on the
 * runtime: it only names these, and the runtime's tests compile generated code against them.
 */
final class RuntimeTypes {
    private static final String INTERNAL = "io.mycelium.internal";

    static final ClassName ENDPOINT = ClassName.get(INTERNAL, "Endpoint");
    static final ClassName ACTOR_PROXY = ClassName.get(INTERNAL, "ActorProxy");
    static final ClassName ASK_FUTURE = ClassName.get(INTERNAL, "AskFuture");
    static final ClassName REPLY = ClassName.get(INTERNAL, "Reply");
    static final ClassName REPLIES = ClassName.get(INTERNAL, "Replies");
    static final ClassName MESSAGE_DISPATCHER = ClassName.get(INTERNAL, "MessageDispatcher");
    static final ClassName ACTOR_DESCRIPTOR = ClassName.get(INTERNAL, "ActorDescriptor");
    static final ClassName MESSAGE_INFO = ClassName.get(INTERNAL, "MessageInfo");
    static final ClassName MESSAGE_CODEC = ClassName.get(INTERNAL, "MessageCodec");
    static final ClassName WIRE_IN = ClassName.get(INTERNAL + ".wire", "WireIn");
    static final ClassName WIRE_OUT = ClassName.get(INTERNAL + ".wire", "WireOut");
    static final ClassName WIRE_LIMITS = ClassName.get(INTERNAL + ".wire", "WireLimits");
    static final ClassName ACTOR_REF_RESOLVER = ClassName.get(INTERNAL + ".wire", "ActorRefResolver");

    static final AnnotationSpec GENERATED = AnnotationSpec
            .builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", ActorProcessor.class.getName())
            .build();

    private RuntimeTypes() {
    }
}

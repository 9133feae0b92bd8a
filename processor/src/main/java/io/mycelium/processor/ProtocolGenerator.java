package io.mycelium.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Generates the sealed protocol type: one record per message, passed by reference between actors
 * of one JVM (never copied or serialized there).
 */
final class ProtocolGenerator {

    JavaFile generate(ProtocolModel model) {
        ClassName protocol = model.protocolType();
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(protocol)
                .addAnnotation(RuntimeTypes.GENERATED)
                .addModifiers(Modifier.SEALED)
                .addOriginatingElement(model.element())
                .addJavadoc("The messages of {@link $T}: one record per method.\n", model.actorType());
        if (model.publicApi()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        for (MessageModel message : model.messages()) {
            ClassName recordName = model.recordType(message);
            type.addPermittedSubclass(recordName);
            type.addType(record(model, message, recordName));
        }
        return JavaFile.builder(protocol.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private TypeSpec record(ProtocolModel model, MessageModel message, ClassName recordName) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        for (ParameterModel parameter : message.parameters()) {
            components.addParameter(ParameterSpec.builder(TypeName.get(parameter.type()), parameter.name()).build());
        }
        if (message.isAsk()) {
            components.addParameter(ParameterizedTypeName.get(RuntimeTypes.REPLY,
                    TypeName.get(message.replyType())), message.replyComponent());
        }
        return TypeSpec.recordBuilder(recordName.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(model.protocolType())
                .recordConstructor(components.build())
                .addJavadoc("The $L {@link $T#$L}.\n", message.isAsk() ? "ask" : "tell",
                        model.actorType(), message.name())
                .build();
    }
}

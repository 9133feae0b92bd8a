package io.mycelium.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the descriptor the runtime finds through {@link java.util.ServiceLoader} when the
 * interface is spawned or looked up: how to make a proxy, the dispatcher, the message table
 * (with each message's schema hash), the protocol's fingerprint and the wire codec.
 */
final class DescriptorGenerator {

    JavaFile generate(ProtocolModel model) {
        ClassName descriptor = model.descriptorType();
        ClassName actor = model.actorType();
        CodeBlock messages = CodeBlock.builder()
                .add("$T.of(\n$>$>", List.class)
                .add(model.messages().stream()
                        .map(m -> CodeBlock.of("new $T($L, $S, $L, $S,\n$>$>$S,\n$LL$<$<)",
                                RuntimeTypes.MESSAGE_INFO, m.id(), m.name(), m.isAsk(), m.signature(),
                                m.schema(), "0x" + Long.toHexString(m.schemaHash())))
                        .collect(CodeBlock.joining(",\n")))
                .add("$<$<)")
                .build();
        TypeName messageList = ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.MESSAGE_INFO);
        TypeSpec.Builder type = TypeSpec.classBuilder(descriptor)
                .addAnnotation(RuntimeTypes.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addOriginatingElement(model.element())
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.ACTOR_DESCRIPTOR, actor))
                .addJavadoc("Describes the protocol {@link $T} to the Mycelium runtime.\n", actor)
                .addField(FieldSpec.builder(messageList, "MESSAGES", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer(messages)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Called by {@link java.util.ServiceLoader}.\n")
                        .build())
                .addMethod(MethodSpec.methodBuilder("actorType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), actor))
                        .addStatement("return $T.class", actor)
                        .build())
                .addMethod(MethodSpec.methodBuilder("newProxy")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(actor)
                        .addParameter(RuntimeTypes.ENDPOINT, "endpoint")
                        .addStatement("return new $T(endpoint)", model.proxyType())
                        .build())
                .addMethod(MethodSpec.methodBuilder("dispatcher")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(RuntimeTypes.MESSAGE_DISPATCHER, actor))
                        .addStatement("return $T.INSTANCE", model.dispatcherType())
                        .build())
                .addMethod(MethodSpec.methodBuilder("messages")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(messageList)
                        .addStatement("return MESSAGES")
                        .build())
                .addMethod(MethodSpec.methodBuilder("fingerprint")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(long.class)
                        .addStatement("return $LL", "0x" + Long.toHexString(model.fingerprint()))
                        .build());
        if (!model.local()) {
            type.addMethod(MethodSpec.methodBuilder("codec")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(RuntimeTypes.MESSAGE_CODEC, actor))
                    .addStatement("return $T.DEFAULT", model.codecType())
                    .build());
        }
        return JavaFile.builder(descriptor.packageName(), type.build()).skipJavaLangImports(true).build();
    }
}

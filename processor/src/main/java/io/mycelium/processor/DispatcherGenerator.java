package io.mycelium.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import javax.lang.model.element.Modifier;

/**
 * Generates the dispatcher: a {@code switch} over the sealed protocol that calls the
 * implementation, with no reflection. An ask's result is forwarded to the reply the message carries.
 */
final class DispatcherGenerator {

    JavaFile generate(ProtocolModel model) {
        ClassName dispatcher = model.dispatcherType();
        TypeSpec.Builder type = TypeSpec.classBuilder(dispatcher)
                .addAnnotation(RuntimeTypes.GENERATED)
                .addModifiers(Modifier.FINAL)
                .addOriginatingElement(model.element())
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.MESSAGE_DISPATCHER, model.actorType()))
                .addJavadoc("Delivers {@link $T} messages to an implementation of {@link $T}.\n",
                        model.protocolType(), model.actorType())
                .addField(com.palantir.javapoet.FieldSpec.builder(dispatcher, "INSTANCE",
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", dispatcher)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(dispatch(model))
                .addMethod(replyOf(model))
                .addMethod(nameOf(model));
        if (model.publicApi()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        return JavaFile.builder(dispatcher.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private MethodSpec dispatch(ProtocolModel model) {
        CodeBlock.Builder body = CodeBlock.builder()
                .beginControlFlow("switch (($T) message)", model.protocolType());
        for (MessageModel message : model.messages()) {
            CodeBlock arguments = message.parameters().stream()
                    .map(p -> CodeBlock.of("m.$N()", p.name()))
                    .collect(CodeBlock.joining(", "));
            CodeBlock call = CodeBlock.of("actor.$N($L)", message.name(), arguments);
            if (message.isAsk()) {
                body.addStatement("case $T m -> $T.forward($L, m.$N(), $S)", model.recordType(message),
                        RuntimeTypes.REPLIES, call, message.replyComponent(), message.name());
            } else {
                body.addStatement("case $T m -> $L", model.recordType(message), call);
            }
        }
        body.endControlFlow();
        return MethodSpec.methodBuilder("dispatch")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(model.actorType(), "actor")
                .addParameter(Object.class, "message")
                .addCode(body.build())
                .build();
    }

    private MethodSpec replyOf(ProtocolModel model) {
        CodeBlock.Builder body = CodeBlock.builder()
                .add("return switch (($T) message) {\n", model.protocolType()).indent();
        for (MessageModel message : model.messages()) {
            if (message.isAsk()) {
                body.add("case $T m -> m.$N();\n", model.recordType(message), message.replyComponent());
            } else {
                body.add("case $T m -> null;\n", model.recordType(message));
            }
        }
        body.unindent().add("};\n");
        return MethodSpec.methodBuilder("replyOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.REPLY, WildcardTypeName.subtypeOf(Object.class)))
                .addParameter(Object.class, "message")
                .addCode(body.build())
                .build();
    }

    private MethodSpec nameOf(ProtocolModel model) {
        CodeBlock.Builder body = CodeBlock.builder()
                .add("return switch (($T) message) {\n", model.protocolType()).indent();
        for (MessageModel message : model.messages()) {
            body.add("case $T m -> $S;\n", model.recordType(message), message.name());
        }
        body.unindent().add("};\n");
        return MethodSpec.methodBuilder("nameOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.get(String.class))
                .addParameter(Object.class, "message")
                .addCode(body.build())
                .build();
    }
}

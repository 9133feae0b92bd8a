package io.mycelium.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Generates the proxy: the class behind every reference users hold. A tell builds the message
 * record and hands it to the endpoint; an ask also creates the future the caller gets back.
 */
final class ProxyGenerator {

    JavaFile generate(ProtocolModel model) {
        ClassName proxy = model.proxyType();
        TypeSpec.Builder type = TypeSpec.classBuilder(proxy)
                .addAnnotation(RuntimeTypes.GENERATED)
                .addModifiers(Modifier.FINAL)
                .addOriginatingElement(model.element())
                .addSuperinterface(model.actorType())
                .addSuperinterface(RuntimeTypes.ACTOR_PROXY)
                .addJavadoc("Sends each call to {@link $T} as a message to an actor.\n", model.actorType())
                .addField(RuntimeTypes.ENDPOINT, "endpoint", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.ENDPOINT, "endpoint")
                        .addStatement("this.endpoint = endpoint")
                        .build())
                .addMethod(MethodSpec.methodBuilder("endpoint")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.ENDPOINT)
                        .addStatement("return endpoint")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return $S + endpoint + $S", model.actorType().simpleName() + "[", "]")
                        .build());
        if (model.publicApi()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        for (MessageModel message : model.messages()) {
            type.addMethod(method(model, message));
        }
        return JavaFile.builder(proxy.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private MethodSpec method(ProtocolModel model, MessageModel message) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(message.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.get(message.returnType()))
                .varargs(message.varargs());
        for (ParameterModel parameter : message.parameters()) {
            method.addParameter(ParameterSpec.builder(TypeName.get(parameter.type()), parameter.name()).build());
        }
        if (message.varargs() && !isReifiable(
                ((ArrayType) message.parameters().getLast().type()).getComponentType())) {
            // 'Possible heap pollution' belongs to the interface method, where the user sees it and
            // decides; the proxy only stores the array in the message record.
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build());
        }
        CodeBlock arguments = message.parameters().stream()
                .map(p -> CodeBlock.of("$N", p.name()))
                .collect(CodeBlock.joining(", "));
        ClassName record = model.recordType(message);
        if (!message.isAsk()) {
            method.addStatement("this.endpoint.tell(new $T($L))", record, arguments);
            return method.build();
        }
        // The record's reply component already has a name no parameter uses.
        String reply = message.replyComponent();
        method.addStatement("$T $N = this.endpoint.newAsk($S)",
                ParameterizedTypeName.get(RuntimeTypes.ASK_FUTURE, TypeName.get(message.replyType())),
                reply, message.name());
        CodeBlock allArguments = arguments.isEmpty()
                ? CodeBlock.of("$N", reply)
                : CodeBlock.of("$L, $N", arguments, reply);
        method.addStatement("this.endpoint.ask(new $T($L), $N)", record, allArguments, reply);
        method.addStatement("return $N", reply);
        return method.build();
    }

    /** Whether {@code type} is reifiable (JLS 4.7), so that an array of it is safe as varargs. */
    private static boolean isReifiable(TypeMirror type) {
        return switch (type.getKind()) {
            case TYPEVAR, INTERSECTION, UNION, WILDCARD -> false;
            case ARRAY -> isReifiable(((ArrayType) type).getComponentType());
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                boolean unboundedArguments = declared.getTypeArguments().stream()
                        .allMatch(argument -> argument instanceof WildcardType wildcard
                                && wildcard.getExtendsBound() == null && wildcard.getSuperBound() == null);
                yield unboundedArguments && isReifiable(declared.getEnclosingType());
            }
            default -> true;
        };
    }
}

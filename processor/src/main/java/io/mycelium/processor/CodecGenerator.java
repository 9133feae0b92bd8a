package io.mycelium.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates the wire codec {@code XCodec}: plain Java over little-endian {@link ByteBuffer}s.
 * Every message body is its arguments in declaration order; decoding reads them into locals and
 * calls the actor directly. Composite types (records, collections, optionals, object arrays) get
 * one {@code readX}/{@code writeX} method each; everything else is one call into the runtime's
 * {@code WireIn}/{@code WireOut}.
 */
final class CodecGenerator {
    /** Names the generated decode methods use for themselves; arguments named so get a suffix. */
    private static final Set<String> DECODE_NAMES = Set.of("in", "messageId", "actor", "reply", "e");

    private final Map<String, String> helperNames = new HashMap<>();
    private final Set<String> takenHelperNames = new HashSet<>();
    private final List<MethodSpec> helpers = new ArrayList<>();
    private final Map<String, String> enumFields = new LinkedHashMap<>();
    private final Map<String, TypeName> enumFieldTypes = new LinkedHashMap<>();
    private final Set<String> fieldNames = new HashSet<>(Set.of("DEFAULT"));
    private final Map<MessageModel, String> idConstants = new LinkedHashMap<>();

    JavaFile generate(ProtocolModel model) {
        ClassName codec = model.codecType();
        for (MessageModel message : model.messages()) {
            idConstants.put(message, fieldName(upperSnake(message.name())));
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(codec)
                .addAnnotation(RuntimeTypes.GENERATED)
                .addModifiers(Modifier.FINAL)
                .addOriginatingElement(model.element())
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.MESSAGE_CODEC, model.actorType()))
                .addJavadoc("The wire codec of {@link $T}: message bodies in little-endian byte order,\n"
                        + "arguments in declaration order, every length checked before it is used.\n",
                        model.actorType());
        if (model.publicApi()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        type.addField(FieldSpec.builder(codec, "DEFAULT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Default limits; actor references are refused until a transport sets a resolver.\n")
                .initializer("new $T($T.DEFAULT, $T.NONE)", codec, RuntimeTypes.WIRE_LIMITS,
                        RuntimeTypes.ACTOR_REF_RESOLVER)
                .build());
        for (MessageModel message : model.messages()) {
            type.addField(FieldSpec.builder(TypeName.INT, idConstants.get(message), Modifier.PUBLIC,
                            Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The id of {@link $T#$L}.\n", model.actorType(), message.name())
                    .initializer("$L", message.id())
                    .build());
        }
        // Generating the messages' code registers the helpers and enum tables it uses.
        List<MethodSpec> methods = List.of(
                encode(model), decodeAndDispatch(model), decode(model), encodeReply(model),
                decodeReply(model), messageIdOf(model));
        enumFields.forEach((key, field) -> type.addField(FieldSpec.builder(
                        ArrayTypeName.of(enumFieldTypes.get(key)), field, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("$T.values()", enumFieldTypes.get(key))
                .build()));
        type.addField(RuntimeTypes.WIRE_LIMITS, "limits", Modifier.PRIVATE, Modifier.FINAL)
                .addField(RuntimeTypes.ACTOR_REF_RESOLVER, "resolver", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("A codec checking every decoded length and count against {@code limits},"
                                + "\nwriting and resolving actor references with {@code resolver}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.WIRE_LIMITS, "limits")
                        .addParameter(RuntimeTypes.ACTOR_REF_RESOLVER, "resolver")
                        .addStatement("this.limits = $T.requireNonNull(limits, $S)", Objects.class, "limits")
                        .addStatement("this.resolver = $T.requireNonNull(resolver, $S)", Objects.class, "resolver")
                        .build())
                .addMethod(MethodSpec.methodBuilder("actorType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), model.actorType()))
                        .addStatement("return $T.class", model.actorType())
                        .build())
                .addMethod(MethodSpec.methodBuilder("limits")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.WIRE_LIMITS)
                        .addStatement("return limits")
                        .build())
                .addMethod(MethodSpec.methodBuilder("resolver")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.ACTOR_REF_RESOLVER)
                        .addStatement("return resolver")
                        .build())
                .addMethod(MethodSpec.methodBuilder("with")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(codec)
                        .addParameter(RuntimeTypes.WIRE_LIMITS, "limits")
                        .addParameter(RuntimeTypes.ACTOR_REF_RESOLVER, "resolver")
                        .addStatement("return new $T(limits, resolver)", codec)
                        .build())
                .addMethods(methods)
                .addMethods(helpers);
        return JavaFile.builder(codec.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    // ---- the MessageCodec methods -------------------------------------------------------------------

    private MethodSpec encode(ProtocolModel model) {
        CodeBlock.Builder body = CodeBlock.builder()
                .add("return switch (($T) message) {\n", model.protocolType()).indent();
        for (MessageModel message : model.messages()) {
            if (message.parameters().isEmpty()) {
                body.add("case $T m -> $N;\n", model.recordType(message), idConstants.get(message));
                continue;
            }
            body.add("case $T m -> {\n", model.recordType(message)).indent();
            for (ParameterModel parameter : message.parameters()) {
                body.addStatement(write(parameter.wire(), CodeBlock.of("m.$N()", parameter.name())));
            }
            body.addStatement("yield $N", idConstants.get(message)).unindent().add("}\n");
        }
        body.unindent().add("};\n");
        return MethodSpec.methodBuilder("encode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addParameter(Object.class, "message")
                .addParameter(RuntimeTypes.WIRE_OUT, "out")
                .addCode(body.build())
                .build();
    }

    private MethodSpec decodeAndDispatch(ProtocolModel model) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("in.order($T.LITTLE_ENDIAN)", ByteOrder.class)
                .beginControlFlow("switch (messageId)");
        for (MessageModel message : model.messages()) {
            body.add("case $N -> {\n", idConstants.get(message)).indent();
            List<String> locals = readArguments(body, message);
            CodeBlock call = CodeBlock.of("actor.$N($L)", message.name(), arguments(locals));
            if (message.isAsk()) {
                body.addStatement("$T.forward($L, $T.<$T>typedReply(reply, messageId), $S)", RuntimeTypes.REPLIES,
                        call, RuntimeTypes.WIRE_IN, TypeName.get(message.replyType()), message.name());
            } else {
                body.addStatement(call);
            }
            body.unindent().add("}\n");
        }
        body.addStatement("default -> throw $T.unknownMessage(in, messageId)", RuntimeTypes.WIRE_IN)
                .endControlFlow();
        return MethodSpec.methodBuilder("decodeAndDispatch")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(TypeName.INT, "messageId")
                .addParameter(ByteBuffer.class, "in")
                .addParameter(model.actorType(), "actor")
                .addParameter(replyOfAnything(), "reply")
                .addCode(body.build())
                .build();
    }

    private MethodSpec decode(ProtocolModel model) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("in.order($T.LITTLE_ENDIAN)", ByteOrder.class)
                .beginControlFlow("switch (messageId)");
        for (MessageModel message : model.messages()) {
            body.add("case $N -> {\n", idConstants.get(message)).indent();
            List<String> locals = readArguments(body, message);
            CodeBlock arguments = arguments(locals);
            if (message.isAsk()) {
                CodeBlock reply = CodeBlock.of("$T.<$T>typedReply(reply, messageId)", RuntimeTypes.WIRE_IN,
                        TypeName.get(message.replyType()));
                arguments = locals.isEmpty() ? reply : CodeBlock.of("$L, $L", arguments, reply);
            }
            body.addStatement("return new $T($L)", model.recordType(message), arguments);
            body.unindent().add("}\n");
        }
        body.addStatement("default -> throw $T.unknownMessage(in, messageId)", RuntimeTypes.WIRE_IN)
                .endControlFlow();
        return MethodSpec.methodBuilder("decode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Object.class)
                .addParameter(TypeName.INT, "messageId")
                .addParameter(ByteBuffer.class, "in")
                .addParameter(replyOfAnything(), "reply")
                .addCode(body.build())
                .build();
    }

    /** Reads every argument of {@code message} into a local, then checks the body ended. */
    private List<String> readArguments(CodeBlock.Builder body, MessageModel message) {
        List<String> locals = new ArrayList<>();
        for (ParameterModel parameter : message.parameters()) {
            String local = localName(parameter.name(), DECODE_NAMES);
            body.addStatement("$T $N = $L", parameter.wire().typeName(), local, read(parameter.wire()));
            locals.add(local);
        }
        body.addStatement("$T.end(in, messageId)", RuntimeTypes.WIRE_IN);
        return locals;
    }

    private static CodeBlock arguments(List<String> locals) {
        return locals.stream().map(l -> CodeBlock.of("$N", l)).collect(CodeBlock.joining(", "));
    }

    private MethodSpec encodeReply(ProtocolModel model) {
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (messageId)");
        boolean unchecked = false;
        for (MessageModel message : asks(model)) {
            TypeName replyType = message.replyWire().typeName();
            unchecked |= replyType instanceof ParameterizedTypeName;
            body.addStatement("case $N -> $L", idConstants.get(message),
                    write(message.replyWire(), CodeBlock.of("($T) value", replyType)));
        }
        body.addStatement("default -> throw new $T($S + messageId + $S)", IllegalArgumentException.class,
                        "message id ", " is not an ask of " + model.actorType().simpleName())
                .endControlFlow();
        MethodSpec.Builder method = MethodSpec.methodBuilder("encodeReply")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(TypeName.INT, "messageId")
                .addParameter(Object.class, "value")
                .addParameter(RuntimeTypes.WIRE_OUT, "out")
                .addCode(body.build());
        if (unchecked) {
            method.addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked").build());
        }
        return method.build();
    }

    private MethodSpec decodeReply(ProtocolModel model) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("in.order($T.LITTLE_ENDIAN)", ByteOrder.class)
                .beginControlFlow("switch (messageId)");
        for (MessageModel message : asks(model)) {
            body.add("case $N -> {\n", idConstants.get(message)).indent()
                    .addStatement("$T value = $L", message.replyWire().typeName(), read(message.replyWire()))
                    .addStatement("$T.end(in, messageId)", RuntimeTypes.WIRE_IN)
                    .addStatement("return value")
                    .unindent().add("}\n");
        }
        List<MessageModel> tells = model.messages().stream().filter(m -> !m.isAsk()).toList();
        if (!tells.isEmpty()) {
            body.addStatement("case $L -> throw $T.notAnAsk(in, messageId)", tells.stream()
                    .map(m -> CodeBlock.of("$N", idConstants.get(m))).collect(CodeBlock.joining(", ")),
                    RuntimeTypes.WIRE_IN);
        }
        body.addStatement("default -> throw $T.unknownMessage(in, messageId)", RuntimeTypes.WIRE_IN)
                .endControlFlow();
        return MethodSpec.methodBuilder("decodeReply")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Object.class)
                .addParameter(TypeName.INT, "messageId")
                .addParameter(ByteBuffer.class, "in")
                .addCode(body.build())
                .build();
    }

    private MethodSpec messageIdOf(ProtocolModel model) {
        CodeBlock.Builder body = CodeBlock.builder()
                .add("return switch (($T) message) {\n", model.protocolType()).indent();
        for (MessageModel message : model.messages()) {
            body.add("case $T m -> $N;\n", model.recordType(message), idConstants.get(message));
        }
        body.unindent().add("};\n");
        return MethodSpec.methodBuilder("messageIdOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addParameter(Object.class, "message")
                .addCode(body.build())
                .build();
    }

    private static List<MessageModel> asks(ProtocolModel model) {
        return model.messages().stream().filter(MessageModel::isAsk).toList();
    }

    private static TypeName replyOfAnything() {
        return ParameterizedTypeName.get(RuntimeTypes.REPLY, WildcardTypeName.subtypeOf(Object.class));
    }

    // ---- one value --------------------------------------------------------------------------------

    /** An expression reading one value of {@code type} from {@code in}. */
    private CodeBlock read(WireType type) {
        ClassName in = RuntimeTypes.WIRE_IN;
        return switch (type) {
            case WireType.PrimitiveType p -> CodeBlock.of("$T.read$L(in, messageId)", in, p.kind().helper);
            case WireType.BoxedType b -> CodeBlock.of("$T.readBoxed$L(in, messageId)", in, b.kind().helper);
            case WireType.ValueType v -> v.kind().needsLimits
                    ? CodeBlock.of("$T.read$L(in, messageId, this.limits)", in, v.kind().helper)
                    : CodeBlock.of("$T.read$L(in, messageId)", in, v.kind().helper);
            case WireType.PrimitiveArrayType a ->
                    CodeBlock.of("$T.read$LArray(in, messageId, this.limits)", in, a.kind().helper);
            case WireType.EnumType e -> CodeBlock.of("$T.readEnum(in, messageId, $N)", in, enumField(e));
            case WireType.ActorRefType r -> CodeBlock.of("$T.readActorRef(in, messageId, this.limits, this.resolver,"
                    + " $T.class)", in, r.typeName());
            default -> CodeBlock.of("$N(in, messageId)", helper(type, "read"));
        };
    }

    /** An expression writing {@code value}, of {@code type}, to {@code out}. */
    private CodeBlock write(WireType type, CodeBlock value) {
        return switch (type) {
            case WireType.PrimitiveType p -> CodeBlock.of("out.write$L($L)", p.kind().helper, value);
            case WireType.BoxedType b -> CodeBlock.of("out.writeBoxed$L($L)", b.kind().helper, value);
            case WireType.ValueType v -> CodeBlock.of("out.write$L($L)", v.kind().helper, value);
            case WireType.PrimitiveArrayType a -> CodeBlock.of("out.write$LArray($L)", a.kind().helper, value);
            case WireType.EnumType e -> CodeBlock.of("out.writeEnum($L)", value);
            case WireType.ActorRefType r -> CodeBlock.of("out.writeActorRef($L, this.resolver)", value);
            default -> CodeBlock.of("$N(out, $L)", helper(type, "write"), value);
        };
    }

    private String enumField(WireType.EnumType type) {
        String key = type.typeName().canonicalName();
        return enumFields.computeIfAbsent(key, k -> {
            enumFieldTypes.put(k, type.typeName());
            return fieldName(upperSnake(String.join("", type.typeName().simpleNames())) + "_VALUES");
        });
    }

    /** The name of the read or write method of a composite type, generating both on first use. */
    private String helper(WireType type, String direction) {
        String key = type.typeName().toString();
        String base = helperNames.get(key);
        if (base == null) {
            base = mangle(type);
            for (int i = 2; !takenHelperNames.add(base); i++) {
                base = mangle(type) + i;
            }
            helperNames.put(key, base);
            helpers.add(readHelper(type, "read" + base));
            helpers.add(writeHelper(type, "write" + base));
        }
        return direction + base;
    }

    private MethodSpec readHelper(WireType type, String name) {
        CodeBlock.Builder body = CodeBlock.builder();
        switch (type) {
            case WireType.RecordType r -> {
                body.beginControlFlow("if (!$T.readPresence(in, messageId))", RuntimeTypes.WIRE_IN)
                        .addStatement("return null")
                        .endControlFlow();
                List<String> locals = new ArrayList<>();
                for (WireType.Component component : r.components()) {
                    String local = localName(component.name(), Set.of("in", "messageId", "e"));
                    body.addStatement("$T $N = $L", component.type().typeName(), local, read(component.type()));
                    locals.add(local);
                }
                body.beginControlFlow("try")
                        .addStatement("return new $T($L)", r.typeName(), arguments(locals))
                        .nextControlFlow("catch ($T e)", RuntimeException.class)
                        .addStatement("throw $T.rejected(in, messageId, $S, e)", RuntimeTypes.WIRE_IN,
                                "record " + r.simpleName())
                        .endControlFlow();
            }
            case WireType.OptionalType o -> body
                    .beginControlFlow("if (!$T.readPresence(in, messageId))", RuntimeTypes.WIRE_IN)
                    .addStatement("return null")
                    .endControlFlow()
                    .addStatement("return $T.ofNullable($L)", Optional.class, read(o.element()));
            case WireType.ListType l -> {
                readCount(body, l.element().minBytes());
                body.addStatement("$T value = new $T<>(count)", type.typeName(), ArrayList.class)
                        .beginControlFlow("for (int i = 0; i < count; i++)")
                        .addStatement("value.add($L)", read(l.element()))
                        .endControlFlow()
                        .addStatement("return value");
            }
            case WireType.SetType s -> {
                readCount(body, s.element().minBytes());
                body.addStatement("$T value = $T.newLinkedHashSet(count)", type.typeName(), LinkedHashSet.class);
                fill(body, CodeBlock.of("value.add($L)", read(s.element())), hashesRecords(s.element()), type);
            }
            case WireType.MapType m -> {
                readCount(body, m.key().minBytes() + m.value().minBytes());
                body.addStatement("$T value = $T.newLinkedHashMap(count)", type.typeName(), LinkedHashMap.class);
                fill(body, CodeBlock.of("value.put($L, $L)", read(m.key()), read(m.value())),
                        hashesRecords(m.key()), type);
            }
            case WireType.ObjectArrayType a -> {
                readCount(body, a.element().minBytes());
                TypeName base = a.element().typeName();
                int dimensions = 0;
                while (base instanceof ArrayTypeName array) {
                    base = array.componentType();
                    dimensions++;
                }
                body.addStatement("$T value = new $T[count]$L", type.typeName(), base, "[]".repeat(dimensions))
                        .beginControlFlow("for (int i = 0; i < count; i++)")
                        .addStatement("value[i] = $L", read(a.element()))
                        .endControlFlow()
                        .addStatement("return value");
            }
            default -> throw new IllegalArgumentException("no helper for " + type);
        }
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE)
                .returns(type.typeName())
                .addParameter(ByteBuffer.class, "in")
                .addParameter(TypeName.INT, "messageId")
                .addCode(body.build())
                .build();
    }

    private static void readCount(CodeBlock.Builder body, int minElementBytes) {
        body.addStatement("int count = $T.readCount(in, messageId, $L, this.limits)", RuntimeTypes.WIRE_IN,
                        minElementBytes)
                .beginControlFlow("if (count < 0)")
                .addStatement("return null")
                .endControlFlow();
    }

    /**
     * The loop filling a set or map. When keys are records, their {@code hashCode} is user code
     * that may throw on decoded values: that is a bad frame too.
     */
    private static void fill(CodeBlock.Builder body, CodeBlock add, boolean userHashCode, WireType type) {
        if (!userHashCode) {
            body.beginControlFlow("for (int i = 0; i < count; i++)")
                    .addStatement(add)
                    .endControlFlow()
                    .addStatement("return value");
            return;
        }
        body.beginControlFlow("try")
                .beginControlFlow("for (int i = 0; i < count; i++)")
                .addStatement(add)
                .endControlFlow()
                .nextControlFlow("catch ($T e)", ClassName.get("io.mycelium", "CodecException"))
                .addStatement("throw e")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("throw $T.rejected(in, messageId, $S, e)", RuntimeTypes.WIRE_IN,
                        simpleName(type.typeName()))
                .endControlFlow()
                .addStatement("return value");
    }

    private static boolean hashesRecords(WireType type) {
        return switch (type) {
            case WireType.RecordType r -> true;
            case WireType.ListType l -> hashesRecords(l.element());
            case WireType.SetType s -> hashesRecords(s.element());
            case WireType.OptionalType o -> hashesRecords(o.element());
            case WireType.MapType m -> hashesRecords(m.key()) || hashesRecords(m.value());
            default -> false; // arrays hash by identity; JDK values and enums are not user code
        };
    }

    private MethodSpec writeHelper(WireType type, String name) {
        CodeBlock.Builder body = CodeBlock.builder();
        switch (type) {
            case WireType.RecordType r -> {
                body.beginControlFlow("if (out.writePresence(value))");
                for (WireType.Component component : r.components()) {
                    body.addStatement(write(component.type(), CodeBlock.of("value.$N()", component.name())));
                }
                body.endControlFlow();
            }
            case WireType.OptionalType o -> body
                    .beginControlFlow("if (out.writePresence(value))")
                    .addStatement(write(o.element(), CodeBlock.of("value.orElse(null)")))
                    .endControlFlow();
            case WireType.ListType l -> writeElements(body, l.element(), "value.size()", "value");
            case WireType.SetType s -> writeElements(body, s.element(), "value.size()", "value");
            case WireType.ObjectArrayType a -> writeElements(body, a.element(), "value.length", "value");
            case WireType.MapType m -> body
                    .beginControlFlow("if (value == null)")
                    .addStatement("out.writeCount(-1)")
                    .addStatement("return")
                    .endControlFlow()
                    .addStatement("out.writeCount(value.size())")
                    .beginControlFlow("for ($T<$T, $T> entry : value.entrySet())", Map.Entry.class,
                            m.key().typeName().box(), m.value().typeName().box())
                    .addStatement(write(m.key(), CodeBlock.of("entry.getKey()")))
                    .addStatement(write(m.value(), CodeBlock.of("entry.getValue()")))
                    .endControlFlow();
            default -> throw new IllegalArgumentException("no helper for " + type);
        }
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(RuntimeTypes.WIRE_OUT, "out")
                .addParameter(type.typeName(), "value")
                .addCode(body.build())
                .build();
    }

    private void writeElements(CodeBlock.Builder body, WireType element, String size, String value) {
        body.beginControlFlow("if (value == null)")
                .addStatement("out.writeCount(-1)")
                .addStatement("return")
                .endControlFlow()
                .addStatement("out.writeCount($L)", size)
                .beginControlFlow("for ($T element : $L)", element.typeName(), value)
                .addStatement(write(element, CodeBlock.of("element")))
                .endControlFlow();
    }

    // ---- names ------------------------------------------------------------------------------------

    /** {@code List<Order>} → {@code ListOfOrder}; {@code Map<String, Long>} → {@code MapOfStringToLong}. */
    private static String mangle(WireType type) {
        return switch (type) {
            case WireType.PrimitiveType p -> capitalize(p.kind().keyword);
            case WireType.BoxedType b -> b.schema();
            case WireType.ValueType v -> v.kind().helper;
            case WireType.PrimitiveArrayType a -> capitalize(a.kind().keyword) + "Array";
            case WireType.ObjectArrayType a -> "ArrayOf" + mangle(a.element());
            case WireType.EnumType e -> String.join("", e.typeName().simpleNames());
            case WireType.ActorRefType r -> String.join("", r.typeName().simpleNames());
            case WireType.RecordType r -> {
                String name = r.typeName() instanceof ParameterizedTypeName p
                        ? String.join("", p.rawType().simpleNames()) + "Of" + p.typeArguments().stream()
                                .map(CodecGenerator::mangle).collect(Collectors.joining("And"))
                        : String.join("", ((ClassName) r.typeName()).simpleNames());
                yield name;
            }
            case WireType.ListType l -> "ListOf" + mangle(l.element());
            case WireType.SetType s -> "SetOf" + mangle(s.element());
            case WireType.OptionalType o -> "OptionalOf" + mangle(o.element());
            case WireType.MapType m -> "MapOf" + mangle(m.key()) + "To" + mangle(m.value());
        };
    }

    /** A type argument's name, for generic records' helper names. */
    private static String mangle(TypeName type) {
        if (type instanceof ClassName c) {
            return String.join("", c.simpleNames());
        }
        if (type instanceof ParameterizedTypeName p) {
            return String.join("", p.rawType().simpleNames()) + "Of" + p.typeArguments().stream()
                    .map(CodecGenerator::mangle).collect(Collectors.joining("And"));
        }
        if (type instanceof ArrayTypeName a) {
            return "ArrayOf" + mangle(a.componentType());
        }
        return capitalize(type.toString());
    }

    /** {@code java.util.Map<com.acme.Order, java.lang.Long>} → {@code Map<Order, Long>}. */
    private static String simpleName(TypeName type) {
        if (type instanceof ClassName c) {
            return String.join(".", c.simpleNames());
        }
        if (type instanceof ParameterizedTypeName p) {
            return simpleName(p.rawType()) + p.typeArguments().stream().map(CodecGenerator::simpleName)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof ArrayTypeName a) {
            return simpleName(a.componentType()) + "[]";
        }
        return type.toString();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code sequencesOf} → {@code SEQUENCES_OF}. */
    private static String upperSnake(String name) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                result.append('_');
            }
            result.append(c);
        }
        return result.toString().toUpperCase(Locale.ROOT);
    }

    private String fieldName(String wanted) {
        String name = wanted;
        for (int i = 2; !fieldNames.add(name); i++) {
            name = wanted + "_" + i;
        }
        return name;
    }

    /** A local named after a parameter or component, unless that clashes with a name in use. */
    private String localName(String name, Set<String> taken) {
        String local = name;
        while (taken.contains(local) || fieldNames.contains(local)) {
            local = local + "_";
        }
        return local;
    }
}

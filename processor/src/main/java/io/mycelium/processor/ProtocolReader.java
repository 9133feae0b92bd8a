package io.mycelium.processor;

import com.palantir.javapoet.ClassName;
import io.mycelium.annotation.Actor;
import io.mycelium.annotation.MessageId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @Actor} interface into a {@link ProtocolModel}, reporting every rule it breaks
 * (all of them, not just the first) on the element at fault.
 */
final class ProtocolReader {
    private static final Set<String> OBJECT_METHOD_NAMES = Set.of(
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");
    private static final String MESSAGE_ID = MessageId.class.getCanonicalName();

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;
    private final EncodabilityCheck encodability;
    private final TypeMirror runtimeException;
    private final TypeMirror error;
    private final TypeElement object;

    ProtocolReader(Elements elements, Types types, Reporter reporter, EncodabilityCheck encodability) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
        this.encodability = encodability;
        this.runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
        this.error = elements.getTypeElement("java.lang.Error").asType();
        this.object = elements.getTypeElement("java.lang.Object");
    }

    Optional<ProtocolModel> read(Element annotated) {
        if (annotated.getKind() != ElementKind.INTERFACE) {
            reporter.error(Problem.ACTOR_NOT_INTERFACE, annotated, annotated.getSimpleName(),
                    describeKind(annotated.getKind()));
            return Optional.empty();
        }
        TypeElement type = (TypeElement) annotated;
        Actor actor = type.getAnnotation(Actor.class);
        boolean local = actor != null && actor.local();
        String codecPackage = elements.getPackageOf(type).getQualifiedName().toString();
        int errorsBefore = reporter.errorCount();
        checkAccessible(type);
        if (!type.getTypeParameters().isEmpty()) {
            reporter.error(Problem.ACTOR_TYPE_PARAMETERS, type, type.getSimpleName(),
                    "<" + type.getTypeParameters().stream().map(Object::toString)
                            .collect(Collectors.joining(", ")) + ">");
        }
        List<ExecutableElement> methods = abstractMethods(type);
        if (methods.isEmpty()) {
            reporter.error(Problem.NO_MESSAGES, type, type.getSimpleName());
        }
        checkOverloads(methods);
        List<MessageModel> messages = new ArrayList<>();
        // Records nest in the protocol type, which a nested type may not be named like.
        Set<String> recordNames = new HashSet<>(Set.of(
                String.join("_", ClassName.get(type).simpleNames()) + "Protocol"));
        for (ExecutableElement method : methods) {
            readMessage(type, method, recordNames, local ? null : codecPackage).ifPresent(messages::add);
        }
        checkDuplicateIds(messages);
        if (reporter.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new ProtocolModel(type, ClassName.get(type),
                type.getModifiers().contains(Modifier.PUBLIC), List.copyOf(messages),
                fingerprint(messages), local));
    }

    /** {@code a class}, {@code an enum}, ...: how MYC001 names what was annotated instead. */
    static String describeKind(ElementKind kind) {
        return switch (kind) {
            case CLASS -> "a class";
            case ENUM -> "an enum";
            case RECORD -> "a record";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private void checkAccessible(TypeElement type) {
        if (type.getNestingKind() == NestingKind.LOCAL) {
            reporter.error(Problem.ACTOR_NOT_ACCESSIBLE, type, type.getSimpleName(), "a local interface");
            return;
        }
        for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.error(Problem.ACTOR_NOT_ACCESSIBLE, type, type.getSimpleName(),
                        e == type ? "private" : "nested in private type '" + e.getSimpleName() + "'");
                return;
            }
        }
    }

    /**
     * The messages: abstract methods of the interface and its super-interfaces, in declaration
     * order, minus those a default method or a redeclaration overrides, and minus redeclared
     * {@code Object} methods (which every implementation already has).
     */
    private List<ExecutableElement> abstractMethods(TypeElement root) {
        List<ExecutableElement> seen = new ArrayList<>();
        List<ExecutableElement> result = new ArrayList<>();
        collect(root, root, seen, result, new HashSet<>());
        return result;
    }

    private void collect(TypeElement root, TypeElement current, List<ExecutableElement> seen,
            List<ExecutableElement> result, Set<String> visited) {
        if (!visited.add(current.getQualifiedName().toString())) {
            return;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(current.getEnclosedElements())) {
            boolean isAbstract = method.getModifiers().contains(Modifier.ABSTRACT);
            if (!isAbstract) {
                checkNoMessageId(method);
            }
            boolean overridden = seen.stream().anyMatch(s -> elements.overrides(s, method, root));
            seen.add(method);
            if (isAbstract && !overridden && !overridesObjectMethod(method, root)) {
                result.add(method);
            }
        }
        for (TypeMirror superInterface : current.getInterfaces()) {
            collect(root, (TypeElement) types.asElement(superInterface), seen, result, visited);
        }
    }

    private void checkNoMessageId(ExecutableElement method) {
        annotation(method, MESSAGE_ID).ifPresent(mirror -> reporter.error(
                Problem.MESSAGE_ID_NOT_ON_MESSAGE, method, mirror, method.getSimpleName(),
                describeNonAbstract(method)));
    }

    /** What kind of non-abstract interface method this is: static, private (Java 9+) or default. */
    private static String describeNonAbstract(ExecutableElement method) {
        if (method.getModifiers().contains(Modifier.STATIC)) {
            return "static";
        }
        return method.getModifiers().contains(Modifier.PRIVATE) ? "private" : "default";
    }

    private boolean overridesObjectMethod(ExecutableElement method, TypeElement root) {
        for (ExecutableElement objectMethod : ElementFilter.methodsIn(object.getEnclosedElements())) {
            if (objectMethod.getModifiers().contains(Modifier.PUBLIC)
                    && objectMethod.getSimpleName().equals(method.getSimpleName())
                    && elements.overrides(method, objectMethod, root)) {
                return true;
            }
        }
        return false;
    }

    private void checkOverloads(List<ExecutableElement> methods) {
        Map<String, List<ExecutableElement>> byName = new LinkedHashMap<>();
        for (ExecutableElement method : methods) {
            byName.computeIfAbsent(method.getSimpleName().toString(), k -> new ArrayList<>()).add(method);
        }
        for (List<ExecutableElement> group : byName.values()) {
            for (ExecutableElement method : group.subList(1, group.size())) {
                reporter.error(Problem.OVERLOADED_METHOD, method, method.getSimpleName());
            }
        }
    }

    /**
     * Reads one message. {@code codecPackage} is where its codec goes, or {@code null} for a local
     * protocol, whose types need not be encodable. {@code recordNames} holds the record names
     * taken so far.
     */
    private Optional<MessageModel> readMessage(TypeElement root, ExecutableElement method,
            Set<String> recordNames, String codecPackage) {
        int errorsBefore = reporter.errorCount();
        String name = method.getSimpleName().toString();
        ExecutableType asMember = (ExecutableType) types.asMemberOf((DeclaredType) root.asType(), method);

        if (!method.getTypeParameters().isEmpty()) {
            reporter.error(Problem.GENERIC_METHOD, method, name, "<" + method.getTypeParameters()
                    .stream().map(Object::toString).collect(Collectors.joining(", ")) + ">");
        }
        // As a member of the actor, so that Base<E extends Exception>'s 'throws E' is checked as
        // whatever the actor binds E to.
        for (TypeMirror thrown : asMember.getThrownTypes()) {
            if (!types.isAssignable(thrown, runtimeException) && !types.isAssignable(thrown, error)) {
                reporter.error(Problem.CHECKED_EXCEPTION, method, name, thrown);
            }
        }
        TypeMirror returnType = asMember.getReturnType();
        TypeMirror replyType = null;
        WireType replyWire = null;
        if (returnType.getKind() != TypeKind.VOID) {
            replyType = replyTypeOf(returnType);
            if (replyType == null) {
                reporter.error(Problem.BAD_RETURN_TYPE, method, name, returnType);
            } else if (codecPackage != null) {
                replyWire = encodability.check(reporter, method, "the reply of method '" + name + "'",
                        codecPackage, replyType);
            }
        }

        List<ParameterModel> parameters = new ArrayList<>();
        List<? extends VariableElement> declared = method.getParameters();
        for (int i = 0; i < declared.size(); i++) {
            VariableElement parameter = declared.get(i);
            String parameterName = parameter.getSimpleName().toString();
            TypeMirror parameterType = asMember.getParameterTypes().get(i);
            if (OBJECT_METHOD_NAMES.contains(parameterName)) {
                reporter.error(Problem.RESERVED_PARAMETER_NAME, parameter, parameterName, name,
                        parameterName);
            }
            WireType wire = codecPackage == null ? null : encodability.check(reporter, parameter,
                    "parameter '" + parameterName + "' of method '" + name + "'", codecPackage, parameterType);
            parameters.add(new ParameterModel(parameter, parameterName, parameterType, wire));
        }

        String signature = name + "(" + parameters.stream()
                .map(p -> typeText(types.erasure(p.type())))
                .collect(Collectors.joining(",")) + ")";
        int id = Hashes.messageId(signature);
        Optional<? extends AnnotationMirror> idAnnotation = annotation(method, MESSAGE_ID);
        MessageId fixed = method.getAnnotation(MessageId.class);
        if (fixed != null) {
            id = fixed.value();
            if (id < 0) {
                reporter.error(Problem.NEGATIVE_MESSAGE_ID, method, idAnnotation.orElse(null), id, name);
            }
        }
        if (reporter.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        Set<String> taken = parameters.stream().map(ParameterModel::name).collect(Collectors.toSet());
        String replyComponent = replyType == null ? null : freeName("reply", taken);
        // 'go' and 'Go' are different methods but would be the same record.
        String recordName = freeName(recordName(name), recordNames);
        recordNames.add(recordName);
        String schema = schema(parameters, replyType, replyWire, codecPackage == null);
        return Optional.of(new MessageModel(method, name, recordName, List.copyOf(parameters),
                replyType, returnType, id, signature, replyComponent, method.isVarArgs(), replyWire,
                schema, Hashes.fingerprint(schema)));
    }

    /**
     * What crosses the wire for one message: {@code (T1,T2)->R}, every type expanded (records
     * with component names, enums with their constants). Method and parameter names are left
     * out, so renaming either (with {@code @MessageId}) keeps peers compatible. A local protocol
     * has no wire format; its schema names the Java types (without type annotations).
     */
    private static String schema(List<ParameterModel> parameters, TypeMirror replyType, WireType replyWire,
            boolean local) {
        // No wire type: local, or a type variable already reported by MYC002 (no code follows).
        String arguments = parameters.stream()
                .map(p -> local || p.wire() == null ? typeText(p.type()) : p.wire().schema())
                .collect(Collectors.joining(","));
        String reply = replyType == null ? "void"
                : local || replyWire == null ? typeText(replyType) : replyWire.schema();
        return "(" + arguments + ")->" + reply;
    }

    /** The {@code T} of {@code CompletionStage<T>} or {@code CompletableFuture<T>}, or null. */
    private TypeMirror replyTypeOf(TypeMirror returnType) {
        if (returnType.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) returnType;
        String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (!raw.equals("java.util.concurrent.CompletionStage")
                && !raw.equals("java.util.concurrent.CompletableFuture")) {
            return null;
        }
        if (declared.getTypeArguments().size() != 1) {
            return null;
        }
        TypeMirror argument = declared.getTypeArguments().get(0);
        return switch (argument.getKind()) {
            case DECLARED, ARRAY -> argument;
            default -> null;
        };
    }

    private void checkDuplicateIds(List<MessageModel> messages) {
        Map<Integer, MessageModel> byId = new HashMap<>();
        for (MessageModel message : messages) {
            MessageModel other = byId.putIfAbsent(message.id(), message);
            if (other != null) {
                Element at = message.method();
                AnnotationMirror mirror = annotation(message.method(), MESSAGE_ID).orElse(null);
                if (mirror == null) {
                    // Point at the explicit id, which is the one the user can change.
                    at = other.method();
                    mirror = annotation(other.method(), MESSAGE_ID).orElse(null);
                }
                reporter.error(Problem.DUPLICATE_MESSAGE_ID, at, mirror, other.name(),
                        message.name(), message.id());
            }
        }
    }

    private Optional<? extends AnnotationMirror> annotation(Element element, String annotationType) {
        return element.getAnnotationMirrors().stream()
                .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
                        .contentEquals(annotationType))
                .findFirst();
    }

    private long fingerprint(List<MessageModel> messages) {
        StringBuilder text = new StringBuilder();
        messages.stream().sorted(Comparator.comparingInt(MessageModel::id)).forEach(m -> text
                .append(m.id()).append(':').append(m.name()).append(':')
                .append(Long.toHexString(m.schemaHash())).append(';'));
        return Hashes.fingerprint(text.toString());
    }

    /**
     * A type as ids and fingerprints hash it: javac's spelling ({@code java.util.Map<K,V>},
     * {@code java.lang.String[]}) without type annotations, which {@code toString()} includes, so
     * that adding {@code @NonNull} to a parameter does not change the wire protocol.
     */
    static String typeText(TypeMirror type) {
        return switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE, VOID ->
                    type.getKind().name().toLowerCase(Locale.ROOT);
            case ARRAY -> typeText(((ArrayType) type).getComponentType()) + "[]";
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    yield "? extends " + typeText(wildcard.getExtendsBound());
                }
                yield wildcard.getSuperBound() == null ? "?" : "? super " + typeText(wildcard.getSuperBound());
            }
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                TypeElement element = (TypeElement) declared.asElement();
                TypeMirror enclosing = declared.getEnclosingType();
                String raw = enclosing.getKind() == TypeKind.DECLARED
                        && !((DeclaredType) enclosing).getTypeArguments().isEmpty()
                        ? typeText(enclosing) + "." + element.getSimpleName()
                        : element.getQualifiedName().toString();
                yield declared.getTypeArguments().isEmpty() ? raw : raw + "<" + declared.getTypeArguments()
                        .stream().map(ProtocolReader::typeText).collect(Collectors.joining(",")) + ">";
            }
            case TYPEVAR -> ((TypeVariable) type).asElement().getSimpleName().toString();
            default -> type.toString();
        };
    }

    private static String recordName(String methodName) {
        return Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1);
    }

    private static String freeName(String wanted, Set<String> taken) {
        String name = wanted;
        for (int i = 1; taken.contains(name); i++) {
            name = wanted + i;
        }
        return name;
    }
}

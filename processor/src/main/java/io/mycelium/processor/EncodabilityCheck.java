package io.mycelium.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.sun.source.util.Trees;
import io.mycelium.annotation.Actor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides whether a parameter or reply type can cross a process boundary and, if it can, how:
 * the {@link WireType} the codec generator walks. A type that cannot is reported with a
 * catalogue {@link Problem} on the exact element at fault: the parameter, the method (for a
 * reply type), or the record component whose type breaks a rule.
 */
final class EncodabilityCheck {
    static final String ENCODABLE_TYPES = "use a primitive or its box, String, an enum, a record of"
            + " encodable components, an array, List, Set, Map or Optional of encodable types, Instant,"
            + " Duration, LocalDate, UUID, BigDecimal or an @Actor interface; or declare the actor"
            + " @Actor(local = true) if it never leaves its JVM";

    private static final Map<String, WireType.Value> VALUES = Map.of(
            "java.lang.String", WireType.Value.STRING,
            "java.time.Instant", WireType.Value.INSTANT,
            "java.time.Duration", WireType.Value.DURATION,
            "java.time.LocalDate", WireType.Value.LOCAL_DATE,
            "java.util.UUID", WireType.Value.UUID,
            "java.math.BigDecimal", WireType.Value.BIG_DECIMAL,
            "java.lang.Void", WireType.Value.VOID);

    private static final Map<String, WireType.Primitive> BOXES = Map.of(
            "java.lang.Boolean", WireType.Primitive.BOOLEAN,
            "java.lang.Byte", WireType.Primitive.BYTE,
            "java.lang.Short", WireType.Primitive.SHORT,
            "java.lang.Character", WireType.Primitive.CHAR,
            "java.lang.Integer", WireType.Primitive.INT,
            "java.lang.Long", WireType.Primitive.LONG,
            "java.lang.Float", WireType.Primitive.FLOAT,
            "java.lang.Double", WireType.Primitive.DOUBLE);

    /** JDK classes whose instances change after they are built, and what to send instead. */
    private static final Map<String, String> MUTABLE_JDK_TYPES = Map.ofEntries(
            Map.entry("java.util.Date", "use java.time.Instant (or java.time.LocalDate for a date)"),
            Map.entry("java.sql.Date", "use java.time.LocalDate"),
            Map.entry("java.sql.Time", "use java.time.Duration since midnight, or java.time.Instant"),
            Map.entry("java.sql.Timestamp", "use java.time.Instant"),
            Map.entry("java.util.Calendar", "use java.time.Instant"),
            Map.entry("java.util.GregorianCalendar", "use java.time.Instant"),
            Map.entry("java.lang.StringBuilder", "send its toString() as a String"),
            Map.entry("java.lang.StringBuffer", "send its toString() as a String"),
            Map.entry("java.util.BitSet", "send BitSet.toLongArray() as a long[]"),
            Map.entry("java.util.concurrent.atomic.AtomicBoolean", "send the current value as a boolean"),
            Map.entry("java.util.concurrent.atomic.AtomicInteger", "send the current value as an int"),
            Map.entry("java.util.concurrent.atomic.AtomicLong", "send the current value as a long"),
            Map.entry("java.util.concurrent.atomic.AtomicReference", "send the current value"));

    /** Types that are not mutable, but have no codec, and a better suggestion than the list of all. */
    private static final Map<String, String> BETTER_FIXES = Map.ofEntries(
            Map.entry("java.math.BigInteger", "use BigDecimal (with scale 0) or long"),
            Map.entry("java.time.LocalDateTime", "use Instant for a point in time, LocalDate for a date"
                    + " or Duration for an amount of time"),
            Map.entry("java.time.ZonedDateTime", "use Instant for a point in time"),
            Map.entry("java.time.OffsetDateTime", "use Instant for a point in time"),
            Map.entry("java.time.LocalTime", "use Duration since midnight"),
            Map.entry("java.time.Period", "use Duration, or a record of years, months and days"),
            Map.entry("java.util.OptionalInt", "use Optional<Integer>"),
            Map.entry("java.util.OptionalLong", "use Optional<Long>"),
            Map.entry("java.util.OptionalDouble", "use Optional<Double>"),
            Map.entry("java.lang.CharSequence", "use String"),
            Map.entry("java.lang.Number", "use a concrete type such as long, double or BigDecimal"),
            Map.entry("java.lang.Iterable", "use List or Set"),
            Map.entry("java.util.Collection", "use List or Set"),
            Map.entry("java.util.Queue", "use List"),
            Map.entry("java.util.Deque", "use List"),
            Map.entry("java.util.SortedSet", "use Set (iteration order is kept) or List"),
            Map.entry("java.util.NavigableSet", "use Set (iteration order is kept) or List"),
            Map.entry("java.util.SortedMap", "use Map (iteration order is kept)"),
            Map.entry("java.util.NavigableMap", "use Map (iteration order is kept)"));

    private final Elements elements;
    private final Types types;
    private final Trees trees;
    private final Set<Element> reportedComponents = new HashSet<>();

    EncodabilityCheck(ProcessingEnvironment env) {
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
        Trees found;
        try {
            found = Trees.instance(env);
        } catch (RuntimeException | LinkageError notJavac) {
            found = null;
        }
        this.trees = found;
    }

    /** Where a type is being checked: what to report on, and how to name it. */
    private record Site(Element element, String what, TypeMirror type, String codecPackage,
            String usedBy, Deque<TypeElement> records) {

        /** The site of a record component; reported on the component if its source is at hand. */
        Site component(Element component, String recordName, TypeMirror componentType, boolean hasSource) {
            String name = "component '" + component.getSimpleName() + "' of record " + recordName
                    + " (used by " + usedBy + ")";
            return new Site(hasSource ? component : element, name, componentType, codecPackage,
                    usedBy, records);
        }
    }

    /**
     * The wire type of {@code type}, used as {@code what} (e.g. {@code parameter 'order' of
     * method 'place'}), or {@code null} after reporting why it has none.
     */
    WireType check(Reporter reporter, Element element, String what, String codecPackage, TypeMirror type) {
        Site site = new Site(element, what, type, codecPackage, what, new ArrayDeque<>());
        return analyze(reporter, site, type);
    }

    private WireType analyze(Reporter reporter, Site site, TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE -> {
                return new WireType.PrimitiveType(primitive(type.getKind()));
            }
            case ARRAY -> {
                return array(reporter, site, (ArrayType) type);
            }
            case DECLARED -> {
                return declared(reporter, site, (DeclaredType) type);
            }
            case WILDCARD -> {
                return refuse(reporter, site, Problem.NOT_ENCODABLE, "wildcard " + type,
                        "use a concrete type argument");
            }
            case TYPEVAR -> {
                // Only generic actors or methods have type variables, and MYC002 or MYC004
                // already reports those on the declaration: a second error here is noise.
                return null;
            }
            default -> {
                return refuse(reporter, site, Problem.NOT_ENCODABLE, type.toString(), ENCODABLE_TYPES);
            }
        }
    }

    private static WireType.Primitive primitive(TypeKind kind) {
        return switch (kind) {
            case BOOLEAN -> WireType.Primitive.BOOLEAN;
            case BYTE -> WireType.Primitive.BYTE;
            case SHORT -> WireType.Primitive.SHORT;
            case CHAR -> WireType.Primitive.CHAR;
            case INT -> WireType.Primitive.INT;
            case LONG -> WireType.Primitive.LONG;
            case FLOAT -> WireType.Primitive.FLOAT;
            case DOUBLE -> WireType.Primitive.DOUBLE;
            default -> throw new IllegalArgumentException("not a primitive: " + kind);
        };
    }

    private WireType array(Reporter reporter, Site site, ArrayType type) {
        TypeMirror component = type.getComponentType();
        if (component.getKind().isPrimitive()) {
            return new WireType.PrimitiveArrayType(primitive(component.getKind()), TypeName.get(type));
        }
        if (component.getKind() == TypeKind.DECLARED
                && !((DeclaredType) component).getTypeArguments().isEmpty()) {
            return refuse(reporter, site, Problem.NOT_ENCODABLE, "an array of generic type " + component,
                    "use a List instead, e.g. List<" + component + ">");
        }
        WireType element = analyze(reporter, site, component);
        return element == null ? null : new WireType.ObjectArrayType(element, TypeName.get(type));
    }

    private WireType declared(Reporter reporter, Site site, DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        WireType.Value value = VALUES.get(name);
        if (value != null) {
            return new WireType.ValueType(value, TypeName.get(type));
        }
        WireType.Primitive boxed = BOXES.get(name);
        if (boxed != null) {
            return new WireType.BoxedType(boxed, TypeName.get(type));
        }
        switch (name) {
            case "java.util.List", "java.util.Set", "java.util.Optional" -> {
                if (type.getTypeArguments().isEmpty()) {
                    return raw(reporter, site, name);
                }
                WireType argument = analyze(reporter, site, type.getTypeArguments().get(0));
                if (argument == null) {
                    return null;
                }
                TypeName typeName = TypeName.get(type);
                return switch (name) {
                    case "java.util.List" -> new WireType.ListType(argument, typeName);
                    case "java.util.Set" -> new WireType.SetType(argument, typeName);
                    default -> new WireType.OptionalType(argument, typeName);
                };
            }
            case "java.util.Map" -> {
                if (type.getTypeArguments().isEmpty()) {
                    return raw(reporter, site, name);
                }
                WireType key = analyze(reporter, site, type.getTypeArguments().get(0));
                WireType mapped = analyze(reporter, site, type.getTypeArguments().get(1));
                return key == null || mapped == null ? null
                        : new WireType.MapType(key, mapped, TypeName.get(type));
            }
            default -> {
                // user types and the rest of the JDK, below
            }
        }
        return switch (element.getKind()) {
            case ENUM -> enumType(reporter, site, element);
            case RECORD -> recordType(reporter, site, type, element);
            case INTERFACE -> interfaceType(reporter, site, element);
            default -> classType(reporter, site, type, element);
        };
    }

    private WireType raw(Reporter reporter, Site site, String name) {
        return refuse(reporter, site, Problem.NOT_ENCODABLE, "raw " + name,
                "give it type arguments, e.g. " + name + "<String>");
    }

    private WireType enumType(Reporter reporter, Site site, TypeElement element) {
        if (!accessible(reporter, site, element, "enum")) {
            return null;
        }
        List<String> constants = element.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
        return new WireType.EnumType(ClassName.get(element), constants);
    }

    private WireType recordType(Reporter reporter, Site site, DeclaredType type, TypeElement element) {
        String simpleName = element.getSimpleName().toString();
        if (site.records().contains(element)) {
            return refuse(reporter, site, Problem.RECURSIVE_RECORD, simpleName);
        }
        if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
            return raw(reporter, site, element.getQualifiedName().toString());
        }
        if (!accessible(reporter, site, element, "record")) {
            return null;
        }
        boolean hasSource = hasSource(element);
        site.records().push(element);
        try {
            List<WireType.Component> components = new ArrayList<>();
            boolean failed = false;
            for (RecordComponentElement component : element.getRecordComponents()) {
                ExecutableElement accessor = component.getAccessor();
                TypeMirror componentType = ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
                Site inner = site.component(component, simpleName, componentType, hasSource);
                WireType wire = analyze(reporter, inner, componentType);
                if (wire == null) {
                    failed = true;
                } else {
                    components.add(new WireType.Component(component.getSimpleName().toString(), wire));
                }
            }
            return failed ? null : new WireType.RecordType(TypeName.get(type), simpleName, List.copyOf(components));
        } finally {
            site.records().pop();
        }
    }

    private WireType interfaceType(Reporter reporter, Site site, TypeElement element) {
        Actor actor = element.getAnnotation(Actor.class);
        if (actor != null) {
            if (actor.local()) {
                return refuse(reporter, site, Problem.NOT_ENCODABLE,
                        "@Actor(local = true) interface " + element.getSimpleName(),
                        "remove local = true from " + element.getSimpleName()
                                + ", or send something else: a local actor cannot be reached from"
                                + " another process");
            }
            if (!accessible(reporter, site, element, "@Actor interface")) {
                return null;
            }
            return new WireType.ActorRefType(ClassName.get(element));
        }
        String name = element.getQualifiedName().toString();
        return refuse(reporter, site, Problem.NOT_ENCODABLE, "interface " + name,
                BETTER_FIXES.getOrDefault(name, ENCODABLE_TYPES));
    }

    private WireType classType(Reporter reporter, Site site, DeclaredType type, TypeElement element) {
        String name = element.getQualifiedName().toString();
        String mutableFix = MUTABLE_JDK_TYPES.get(name);
        if (mutableFix != null) {
            return refuse(reporter, site, Problem.MUTABLE_MESSAGE_TYPE, name,
                    "its state can change after it is sent", mutableFix);
        }
        String collection = collectionInterface(type);
        if (collection != null) {
            return refuse(reporter, site, Problem.MUTABLE_MESSAGE_TYPE, name, "a concrete collection",
                    "declare the parameter as " + collection + " (decoded as a fresh copy)");
        }
        if (!name.startsWith("java.") && !name.startsWith("javax.")) {
            for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
                Set<Modifier> modifiers = field.getModifiers();
                if (!modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.FINAL)) {
                    return refuse(reporter, site, Problem.MUTABLE_MESSAGE_TYPE, name,
                            "field '" + field.getSimpleName() + "' is not final",
                            "make " + element.getSimpleName() + " a record of encodable components");
                }
            }
            for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
                if (isSetter(method)) {
                    return refuse(reporter, site, Problem.MUTABLE_MESSAGE_TYPE, name,
                            "it has setter '" + method.getSimpleName() + "'",
                            "make " + element.getSimpleName() + " a record of encodable components");
                }
            }
            return refuse(reporter, site, Problem.NOT_ENCODABLE, "class " + name,
                    "make " + element.getSimpleName() + " a record of encodable components");
        }
        return refuse(reporter, site, Problem.NOT_ENCODABLE, name,
                BETTER_FIXES.getOrDefault(name, ENCODABLE_TYPES));
    }

    private static boolean isSetter(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        return method.getModifiers().contains(Modifier.PUBLIC)
                && !method.getModifiers().contains(Modifier.STATIC)
                && name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3))
                && method.getParameters().size() == 1;
    }

    /** {@code java.util.List} etc. if {@code type} is a concrete collection class, else null. */
    private String collectionInterface(DeclaredType type) {
        for (String candidate : List.of("java.util.List", "java.util.Set", "java.util.Map",
                "java.util.Collection")) {
            TypeElement collection = elements.getTypeElement(candidate);
            if (collection != null && types.isAssignable(types.erasure(type), types.erasure(collection.asType()))) {
                return candidate.equals("java.util.Collection") ? "java.util.List" : candidate;
            }
        }
        return null;
    }

    /** Whether the codec (in the site's package) can name {@code type}; reports if not. */
    private boolean accessible(Reporter reporter, Site site, TypeElement type, String kind) {
        String problem = accessProblem(type, site.codecPackage());
        if (problem == null) {
            return true;
        }
        refuse(reporter, site, Problem.UNREADABLE_TYPE, site.codecPackage(), kind,
                simpleNames(type), problem, "make " + type.getSimpleName() + " public (or package-private in '"
                        + site.codecPackage() + "'), declared at top level or nested in such a type");
        return false;
    }

    private String accessProblem(TypeElement type, String codecPackage) {
        PackageElement pkg = elements.getPackageOf(type);
        boolean samePackage = pkg.getQualifiedName().contentEquals(codecPackage);
        for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
                return "declared inside a method";
            }
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                return t == type ? "private" : "nested in private type " + t.getSimpleName();
            }
            if (!samePackage && !t.getModifiers().contains(Modifier.PUBLIC)) {
                return t == type ? "not public, in package '" + pkg.getQualifiedName() + "'"
                        : "nested in type " + t.getSimpleName() + ", which is not public";
            }
        }
        return null;
    }

    private static String simpleNames(TypeElement type) {
        return String.join(".", ClassName.get(type).simpleNames());
    }

    private boolean hasSource(TypeElement element) {
        if (trees == null) {
            return false;
        }
        try {
            return trees.getPath(element) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Reports {@code problem} at the site. Arguments after the site's name and type are the
     * problem's own; a component is reported once however many messages reach it.
     */
    private WireType refuse(Reporter reporter, Site site, Problem problem, Object... details) {
        if (site.element() instanceof RecordComponentElement && !reportedComponents.add(site.element())) {
            reporter.repeatedError();
            return null;
        }
        Object[] args = new Object[details.length + 2];
        args[0] = site.what();
        args[1] = site.type();
        System.arraycopy(details, 0, args, 2, details.length);
        reporter.error(problem, site.element(), args);
        return null;
    }
}

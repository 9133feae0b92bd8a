package io.mycelium.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How one encodable Java type crosses the wire: the model the codec generator walks. Each knows
 * its {@link #schema() schema text}, which feeds the message's schema hash, so it must never
 * change for an unchanged type (peers compare the hashes).
 */
sealed interface WireType {

    /** The canonical description hashed into the schema hash, e.g. {@code List<record Level(long price,int qty)>}. */
    String schema();

    /** The Java type, for generated locals and signatures. */
    TypeName typeName();

    /** The fewest bytes a value takes on the wire (a null reference included). */
    int minBytes();

    /** A primitive kind: its size and the suffix of the runtime's read/write helpers. */
    enum Primitive {
        BOOLEAN("boolean", "Boolean", "Boolean", 1),
        BYTE("byte", "Byte", "Byte", 1),
        SHORT("short", "Short", "Short", 2),
        CHAR("char", "Char", "Character", 2),
        INT("int", "Int", "Integer", 4),
        LONG("long", "Long", "Long", 8),
        FLOAT("float", "Float", "Float", 4),
        DOUBLE("double", "Double", "Double", 8);

        final String keyword;
        final String helper;
        final String box;
        final int bytes;

        Primitive(String keyword, String helper, String box, int bytes) {
            this.keyword = keyword;
            this.helper = helper;
            this.box = box;
            this.bytes = bytes;
        }
    }

    /** A value type the runtime reads and writes with one helper each. */
    enum Value {
        STRING("String", "String", 4, true),
        INSTANT("Instant", "Instant", 1, false),
        DURATION("Duration", "Duration", 1, false),
        LOCAL_DATE("LocalDate", "LocalDate", 1, false),
        UUID("UUID", "Uuid", 1, false),
        BIG_DECIMAL("BigDecimal", "BigDecimal", 1, true),
        /** {@code CompletionStage<Void>}: the reply carries no value, only its arrival. */
        VOID("Void", "Void", 1, false);

        final String schema;
        final String helper;
        final int minBytes;
        final boolean needsLimits;

        Value(String schema, String helper, int minBytes, boolean needsLimits) {
            this.schema = schema;
            this.helper = helper;
            this.minBytes = minBytes;
            this.needsLimits = needsLimits;
        }
    }

    /** {@code long}, {@code int}, ...: fixed size, never null. */
    record PrimitiveType(Primitive kind) implements WireType {
        public String schema() {
            return kind.keyword;
        }

        public TypeName typeName() {
            return switch (kind) {
                case BOOLEAN -> TypeName.BOOLEAN;
                case BYTE -> TypeName.BYTE;
                case SHORT -> TypeName.SHORT;
                case CHAR -> TypeName.CHAR;
                case INT -> TypeName.INT;
                case LONG -> TypeName.LONG;
                case FLOAT -> TypeName.FLOAT;
                case DOUBLE -> TypeName.DOUBLE;
            };
        }

        public int minBytes() {
            return kind.bytes;
        }
    }

    /** {@code Long}, {@code Integer}, ...: a presence byte, then the primitive. */
    record BoxedType(Primitive kind, TypeName typeName) implements WireType {
        public String schema() {
            return kind.box;
        }

        public int minBytes() {
            return 1;
        }
    }

    /** String, java.time, UUID, BigDecimal. */
    record ValueType(Value kind, TypeName typeName) implements WireType {
        public String schema() {
            return kind.schema;
        }

        public int minBytes() {
            return kind.minBytes;
        }
    }

    /** {@code long[]}, {@code byte[]}, ...: a count, then the elements. */
    record PrimitiveArrayType(Primitive kind, TypeName typeName) implements WireType {
        public String schema() {
            return kind.keyword + "[]";
        }

        public int minBytes() {
            return 4;
        }
    }

    /** {@code T[]} of an encodable reference type: a count, then the elements. */
    record ObjectArrayType(WireType element, TypeName typeName) implements WireType {
        public String schema() {
            return element.schema() + "[]";
        }

        public int minBytes() {
            return 4;
        }
    }

    /** An enum: its ordinal; the constants, in order, are part of the schema. */
    record EnumType(ClassName typeName, List<String> constants) implements WireType {
        public String schema() {
            return "enum " + typeName.simpleName() + "{" + String.join(",", constants) + "}";
        }

        public int minBytes() {
            return 4;
        }
    }

    /** A record: a presence byte, then its components in declaration order. */
    record RecordType(TypeName typeName, String simpleName, List<Component> components) implements WireType {
        public String schema() {
            return "record " + simpleName + "(" + components.stream()
                    .map(c -> c.type().schema() + " " + c.name())
                    .collect(Collectors.joining(",")) + ")";
        }

        public int minBytes() {
            return 1;
        }
    }

    /** One component of a record. */
    record Component(String name, WireType type) {
    }

    /** {@code List<T>}: a count, then the elements. */
    record ListType(WireType element, TypeName typeName) implements WireType {
        public String schema() {
            return "List<" + element.schema() + ">";
        }

        public int minBytes() {
            return 4;
        }
    }

    /** {@code Set<T>}: a count, then the elements in iteration order. */
    record SetType(WireType element, TypeName typeName) implements WireType {
        public String schema() {
            return "Set<" + element.schema() + ">";
        }

        public int minBytes() {
            return 4;
        }
    }

    /** {@code Map<K, V>}: a count, then key and value of each entry in iteration order. */
    record MapType(WireType key, WireType value, TypeName typeName) implements WireType {
        public String schema() {
            return "Map<" + key.schema() + "," + value.schema() + ">";
        }

        public int minBytes() {
            return 4;
        }
    }

    /** {@code Optional<T>}: a presence byte for the optional itself, then the nullable value. */
    record OptionalType(WireType element, TypeName typeName) implements WireType {
        public String schema() {
            return "Optional<" + element.schema() + ">";
        }

        public int minBytes() {
            return 1;
        }
    }

    /** Another {@code @Actor} interface: the actor's address, as a string. */
    record ActorRefType(ClassName typeName) implements WireType {
        public String schema() {
            return "actor " + typeName.simpleName();
        }

        public int minBytes() {
            return 4;
        }
    }
}

package io.mycelium.codec;

import static org.junit.jupiter.api.Assertions.fail;

import io.mycelium.internal.Reply;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Structural equality for decoded values: arrays by content, records by component, collections
 * element by element (sets and maps also in iteration order), replies skipped.
 */
final class Deep {
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toList();
        }
    };

    private Deep() {
    }

    static void assertDeepEquals(Object expected, Object actual, String what) {
        String difference = difference(expected, actual);
        if (difference != null) {
            fail(what + difference);
        }
    }

    /** {@code null} if equal, else where and how they differ, e.g. {@code .inner.label: "a" vs "b"}. */
    private static String difference(Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == actual ? null : ": " + expected + " vs " + actual;
        }
        if (expected instanceof Reply<?>) {
            return null; // replies are correlation, not content: the transport supplies them
        }
        if (expected.getClass() != actual.getClass() && !(expected instanceof List && actual instanceof List)
                && !(expected instanceof Set && actual instanceof Set) && !(expected instanceof Map && actual instanceof Map)) {
            return ": " + expected.getClass().getName() + " vs " + actual.getClass().getName();
        }
        if (expected.getClass().isArray()) {
            int length = Array.getLength(expected);
            if (length != Array.getLength(actual)) {
                return ".length: " + length + " vs " + Array.getLength(actual);
            }
            for (int i = 0; i < length; i++) {
                String d = difference(Array.get(expected, i), Array.get(actual, i));
                if (d != null) {
                    return "[" + i + "]" + d;
                }
            }
            return null;
        }
        if (expected instanceof Record) {
            for (Method accessor : ACCESSORS.get(expected.getClass())) {
                try {
                    String d = difference(accessor.invoke(expected), accessor.invoke(actual));
                    if (d != null) {
                        return "." + accessor.getName() + d;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return null;
        }
        if (expected instanceof List<?> list) {
            List<?> other = (List<?>) actual;
            if (list.size() != other.size()) {
                return ".size: " + list.size() + " vs " + other.size();
            }
            for (int i = 0; i < list.size(); i++) {
                String d = difference(list.get(i), other.get(i));
                if (d != null) {
                    return "[" + i + "]" + d;
                }
            }
            return null;
        }
        if (expected instanceof Set<?> set) {
            Set<?> other = (Set<?>) actual;
            if (!set.equals(other)) {
                return ": " + set + " vs " + other;
            }
            Iterator<?> order = other.iterator();
            for (Object element : set) {
                if (!Objects.equals(element, order.next())) {
                    return ": iteration order differs";
                }
            }
            return null;
        }
        if (expected instanceof Map<?, ?> map) {
            Map<?, ?> other = (Map<?, ?>) actual;
            if (!map.keySet().equals(other.keySet())) {
                return ".keys: " + map.keySet() + " vs " + other.keySet();
            }
            Iterator<?> order = other.keySet().iterator();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!Objects.equals(entry.getKey(), order.next())) {
                    return ": iteration order differs";
                }
                String d = difference(entry.getValue(), other.get(entry.getKey()));
                if (d != null) {
                    return "[" + entry.getKey() + "]" + d;
                }
            }
            return null;
        }
        if (expected instanceof Optional<?> optional) {
            Optional<?> other = (Optional<?>) actual;
            if (optional.isPresent() != other.isPresent()) {
                return ": " + optional + " vs " + other;
            }
            return optional.isPresent() ? difference(optional.get(), other.get()) : null;
        }
        return expected.equals(actual) ? null : ": " + expected + " vs " + actual;
    }
}

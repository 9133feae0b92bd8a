package io.mycelium.internal;

import io.mycelium.MyceliumException;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the generated {@link ActorDescriptor} of an {@code @Actor} interface: once per interface
 * through {@link ServiceLoader}, then from a {@link ClassValue} cache.
 */
final class Descriptors {
    private static final ClassValue<ActorDescriptor<?>> BY_TYPE = new ClassValue<>() {
        @Override
        protected ActorDescriptor<?> computeValue(Class<?> type) {
            ClassLoader loader = type.getClassLoader() != null
                    ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
            try {
                for (ActorDescriptor<?> descriptor : ServiceLoader.load(ActorDescriptor.class, loader)) {
                    if (descriptor.actorType() == type) {
                        return descriptor;
                    }
                }
            } catch (ServiceConfigurationError e) {
                throw new MyceliumException("could not load the generated actor descriptors: "
                        + e.getMessage(), e);
            }
            return null;
        }
    };

    private Descriptors() {
    }

    @SuppressWarnings("unchecked")
    static <A> ActorDescriptor<A> of(Class<A> type) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName()
                    + " is not an interface: spawn and lookup take the @Actor interface, not its"
                    + " implementation");
        }
        ActorDescriptor<?> descriptor = BY_TYPE.get(type);
        if (descriptor == null) {
            throw new MyceliumException("no generated actor descriptor for " + type.getName()
                    + ": annotate it with @io.mycelium.annotation.Actor and put mycelium-processor"
                    + " on the annotation processor path of the module that declares it");
        }
        return (ActorDescriptor<A>) descriptor;
    }
}

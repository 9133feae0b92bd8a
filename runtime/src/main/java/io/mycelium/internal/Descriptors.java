package io.mycelium.internal;

import io.mycelium.MyceliumException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the generated {@link ActorDescriptor} of an {@code @Actor} interface: once per interface
 * through {@link ServiceLoader}, then from a {@link ClassValue} cache.
 */
public final class Descriptors {
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

    /**
     * Every descriptor {@code loader} can see that has a wire codec: what a node announces to its
     * peers when a connection opens.
     */
    public static List<ActorDescriptor<?>> allRemote(ClassLoader loader) {
        List<ActorDescriptor<?>> found = new ArrayList<>();
        try {
            for (ActorDescriptor<?> descriptor : ServiceLoader.load(ActorDescriptor.class, loader)) {
                if (hasCodec(descriptor)) {
                    found.add(descriptor);
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new MyceliumException("could not load the generated actor descriptors: "
                    + e.getMessage(), e);
        }
        return found;
    }

    /** Whether the protocol can cross the wire (is not {@code @Actor(local = true)}). */
    public static boolean hasCodec(ActorDescriptor<?> descriptor) {
        try {
            descriptor.codec();
            return true;
        } catch (MyceliumException e) {
            return false;
        }
    }

    /** The descriptor of the {@code @Actor} interface {@code type}. */
    @SuppressWarnings("unchecked")
    public static <A> ActorDescriptor<A> of(Class<A> type) {
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

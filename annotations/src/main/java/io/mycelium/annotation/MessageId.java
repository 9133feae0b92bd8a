package io.mycelium.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fixes the wire id of one message of an {@link Actor} protocol.
 *
 * <p>Without this annotation a message's id is derived deterministically from the method's
 * name and parameter types, so it stays the same across builds and versions as long as the
 * signature does. Fix the id explicitly when you want to rename a method or change its
 * parameters while staying compatible with peers running an older version.
 *
 * <p>Ids must be zero or positive and unique within one protocol; the processor rejects a
 * negative id or two methods with the same id at compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface MessageId {
    /** The message id: zero or positive, unique within the protocol. */
    int value();
}

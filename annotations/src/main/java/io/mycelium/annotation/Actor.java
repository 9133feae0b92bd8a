package io.mycelium.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as an actor protocol.
 *
 * <p>Every abstract method of the interface is one message. A {@code void} method is a
 * <em>tell</em> (fire-and-forget); a method returning {@code CompletionStage<T>} or
 * {@code CompletableFuture<T>} is an <em>ask</em> (request/reply). Default and static methods
 * are ordinary Java and are not messages.
 *
 * <p>The Mycelium annotation processor generates, next to the interface, a sealed protocol
 * type with one record per message, a proxy implementing the interface, a dispatcher that
 * switches over the protocol, and a descriptor the runtime finds when the interface is spawned
 * or looked up. Protocol errors (a class instead of an interface, generic methods, checked
 * exceptions, clashing message ids, ...) are compile errors reported on the offending element.
 *
 * <p>Unless the protocol is {@link #local() local}, the processor also generates a binary wire
 * codec, so that the same interface can be called across processes; every parameter and reply
 * type must then be encodable (primitives and their boxes, {@code String}, enums, records of
 * encodable components, arrays, {@code List}/{@code Set}/{@code Map}/{@code Optional} of
 * encodable types, {@code Instant}, {@code Duration}, {@code LocalDate}, {@code UUID},
 * {@code BigDecimal} and other {@code @Actor} interfaces), which the compiler checks.
 *
 * <pre>{@code
 * @Actor
 * public interface OrderBook {
 *     void placeOrder(Order order);               // tell
 *     CompletionStage<Fill> match(Order order);   // ask
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Actor {

    /**
     * Whether the actor is purely in-process. A local protocol gets no wire codec, and its
     * parameter and reply types may be any Java type (they are passed by reference, never
     * copied); it cannot be looked up at a {@code unix:} or {@code tcp:} address.
     *
     * @return {@code true} to skip the wire codec and its encodability rules
     */
    boolean local() default false;
}

package io.mycelium.internal;

/**
 * One message of a protocol, as listed by its {@link ActorDescriptor}.
 *
 * @param id the stable message id: derived from the signature, or fixed with {@code @MessageId}
 * @param name the name of the interface method
 * @param ask whether the message expects a reply
 * @param signature the method's erased signature, e.g. {@code match(com.acme.Order)}
 */
public record MessageInfo(int id, String name, boolean ask, String signature) {
}

package io.mycelium.internal;

/**
 * One message of a protocol, as listed by its {@link ActorDescriptor}.
 *
 * @param id the stable message id: derived from the signature, or fixed with {@code @MessageId}
 * @param name the name of the interface method
 * @param ask whether the message expects a reply
 * @param signature the method's erased signature, e.g. {@code match(com.acme.Order)}
 * @param schema what crosses the wire: the parameter and reply types, expanded recursively
 *     (record components with names and types, enum constants in order), e.g.
 *     {@code (record Order(long id,String symbol))->long}
 * @param schemaHash a 64-bit FNV-1a hash of {@code schema}; two peers can exchange this message
 *     if and only if their ids and schema hashes are equal
 */
public record MessageInfo(int id, String name, boolean ask, String signature, String schema,
        long schemaHash) {
}

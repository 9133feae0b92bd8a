package io.mycelium.processor;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One message of a protocol: an abstract method of the {@code @Actor} interface.
 *
 * @param method the interface method
 * @param name the method name
 * @param recordName the simple name of the generated message record
 * @param parameters the parameters, which become record components
 * @param replyType for an ask, the {@code T} of its {@code CompletionStage<T>}; {@code null} for a tell
 * @param returnType the declared return type
 * @param id the message id
 * @param signature name and erased parameter types, e.g. {@code match(com.acme.Order)}
 * @param replyComponent for an ask, the name of the record component that holds the reply
 * @param varargs whether the method is variable-arity
 * @param replyWire how an ask's reply is encoded; {@code null} for a tell or in a local protocol
 * @param schema the parameter and reply types as they cross the wire, e.g. {@code (long,String)->void}
 * @param schemaHash FNV-1a 64 of {@code schema}
 */
record MessageModel(
        ExecutableElement method,
        String name,
        String recordName,
        List<ParameterModel> parameters,
        TypeMirror replyType,
        TypeMirror returnType,
        int id,
        String signature,
        String replyComponent,
        boolean varargs,
        WireType replyWire,
        String schema,
        long schemaHash) {

    boolean isAsk() {
        return replyType != null;
    }
}

package io.mycelium.processor;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One parameter of a message: a component of its record.
 *
 * @param element the parameter
 * @param name its name
 * @param type its type
 * @param wire how it is encoded; {@code null} in a local protocol, which has no codec
 */
record ParameterModel(VariableElement element, String name, TypeMirror type, WireType wire) {
}

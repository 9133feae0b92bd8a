package io.mycelium.processor;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** One parameter of a message: a component of its record. */
record ParameterModel(VariableElement element, String name, TypeMirror type) {
}

package io.mycelium.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports catalogue {@link Problem}s as compile errors on the exact element. */
final class Reporter {
    private final Messager messager;
    private int errors;

    Reporter(Messager messager) {
        this.messager = messager;
    }

    void error(Problem problem, Element element, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, problem.format(args), element);
    }

    /** Reports on {@code annotation} of {@code element}, or on the element when it is null. */
    void error(Problem problem, Element element, AnnotationMirror annotation, Object... args) {
        if (annotation == null) {
            error(problem, element, args);
            return;
        }
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, problem.format(args), element, annotation);
    }

    /** Counts an error that was already reported on the same element (so it is not repeated). */
    void repeatedError() {
        errors++;
    }

    int errorCount() {
        return errors;
    }
}

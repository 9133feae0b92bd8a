package io.mycelium.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Decides whether a parameter or reply type can cross a process boundary, by asking each
 * {@link Rule} in turn. Rules arrive with the wire codecs; until then every type passes, which
 * keeps purely in-process protocols free to use any type.
 */
final class EncodabilityCheck {

    /** Why a type cannot be encoded, and what to use instead. */
    record Refusal(String reason, String fix) {
    }

    /** One encodability rule. */
    interface Rule {
        /** A refusal if {@code type} breaks this rule. */
        Optional<Refusal> check(TypeMirror type);
    }

    private final List<Rule> rules;

    EncodabilityCheck(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reports a {@link Problem#NOT_ENCODABLE} on {@code element} if a rule refuses {@code type}. */
    boolean check(Reporter reporter, Element element, String what, String method, TypeMirror type) {
        for (Rule rule : rules) {
            Optional<Refusal> refusal = rule.check(type);
            if (refusal.isPresent()) {
                reporter.error(Problem.NOT_ENCODABLE, element, what, method, type,
                        refusal.get().reason(), refusal.get().fix());
                return false;
            }
        }
        return true;
    }
}

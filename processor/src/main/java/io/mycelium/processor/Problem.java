package io.mycelium.processor;

import java.util.Locale;

/**
 * The catalogue of every diagnostic the processor reports. Each has a stable tag (users search
 * for it, tests assert it), a one-line cause and a fix. Messages read
 * {@code [MYC004] method 'match' returns Fill. Fix: return void (tell) or ...}.
 */
enum Problem {
    ACTOR_NOT_INTERFACE("MYC001", "@Actor type '%s' is %s, not an interface",
            "declare the protocol as an interface and implement it in a separate class"),
    ACTOR_TYPE_PARAMETERS("MYC002", "@Actor interface '%s' declares type parameters %s",
            "remove them; every message needs concrete types (declare one interface per type)"),
    ACTOR_NOT_ACCESSIBLE("MYC003", "@Actor interface '%s' is %s, so generated code cannot refer to it",
            "make it public or package-private, and declare it at top level or nested in a class"),
    GENERIC_METHOD("MYC004", "method '%s' declares type parameters %s",
            "use concrete parameter and reply types"),
    BAD_RETURN_TYPE("MYC005", "method '%s' returns %s",
            "return void for a tell, or CompletionStage<T> or CompletableFuture<T> with a concrete T"
                    + " for an ask"),
    CHECKED_EXCEPTION("MYC006", "method '%s' declares checked exception %s",
            "remove it from throws; a failure reaches the asker as an exceptionally completed"
                    + " stage (throw an unchecked exception or return a failed future)"),
    DUPLICATE_MESSAGE_ID("MYC007", "methods '%s' and '%s' both have message id %d",
            "give one of them a different @MessageId"),
    NEGATIVE_MESSAGE_ID("MYC008", "@MessageId(%d) on method '%s' is negative",
            "use an id of 0 or more"),
    OVERLOADED_METHOD("MYC009", "method '%s' is overloaded, but every message needs a name of its own",
            "rename one of the overloads"),
    RESERVED_PARAMETER_NAME("MYC010",
            "parameter '%s' of method '%s' would clash with Object.%s() in the generated message record",
            "rename the parameter"),
    NO_MESSAGES("MYC011", "@Actor interface '%s' declares no abstract methods, so it has no messages",
            "add at least one void (tell) or CompletionStage<T> (ask) method"),
    NOT_ENCODABLE("MYC012", "%s has type %s: %s has no wire codec",
            "%s"),
    MESSAGE_ID_NOT_ON_MESSAGE("MYC013", "@MessageId on '%s', which is a %s method and not a message",
            "remove the annotation, or make the method abstract"),
    MUTABLE_MESSAGE_TYPE("MYC014", "%s has type %s: %s is a mutable class (%s)",
            "%s"),
    RECURSIVE_RECORD("MYC015", "%s has type %s, which refers back to record %s, so it has no finite"
            + " encoding",
            "break the cycle: refer to other values by id, or send a flat list instead of a tree"),
    UNREADABLE_TYPE("MYC016", "%s has type %s, but the generated codec in package '%s' cannot access"
            + " %s %s, which is %s",
            "%s");

    private final String tag;
    private final String cause;
    private final String fix;

    Problem(String tag, String cause, String fix) {
        this.tag = tag;
        this.cause = cause;
        this.fix = fix;
    }

    /** The stable tag, e.g. {@code MYC004}. */
    String tag() {
        return tag;
    }

    /**
     * The one-line message. The cause's arguments come first; a fix containing {@code %s} takes
     * the last argument.
     */
    String format(Object... args) {
        int causeArgs = fix.contains("%s") ? args.length - 1 : args.length;
        Object[] causeValues = java.util.Arrays.copyOf(args, causeArgs);
        String fixText = fix.contains("%s") ? String.format(Locale.ROOT, fix, args[args.length - 1]) : fix;
        return "[" + tag + "] " + String.format(Locale.ROOT, cause, causeValues) + ". Fix: " + fixText + ".";
    }
}

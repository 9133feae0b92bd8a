package io.mycelium.internal;

/** A view of an actor or pool whose asks time out after a different duration than its default. */
final class TimeoutView implements Endpoint {
    private final TimedEndpoint target;
    private final long askTimeoutNanos;

    TimeoutView(TimedEndpoint target, long askTimeoutNanos) {
        this.target = target;
        this.askTimeoutNanos = askTimeoutNanos;
    }

    TimedEndpoint target() {
        return target;
    }

    @Override
    public void tell(Object message) {
        target.tell(message);
    }

    @Override
    public <T> AskFuture<T> newAsk(String messageName) {
        return target.newAsk(messageName);
    }

    @Override
    public void ask(Object message, AskFuture<?> reply) {
        target.ask(message, reply, askTimeoutNanos);
    }

    @Override
    public String toString() {
        return target.toString();
    }
}

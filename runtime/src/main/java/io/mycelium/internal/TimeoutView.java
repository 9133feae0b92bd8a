package io.mycelium.internal;

/** A view of a local actor whose asks time out after a different duration than its default. */
final class TimeoutView implements Endpoint {
    private final ActorCell<?> cell;
    private final long askTimeoutNanos;

    TimeoutView(ActorCell<?> cell, long askTimeoutNanos) {
        this.cell = cell;
        this.askTimeoutNanos = askTimeoutNanos;
    }

    ActorCell<?> cell() {
        return cell;
    }

    @Override
    public void tell(Object message) {
        cell.tell(message);
    }

    @Override
    public <T> AskFuture<T> newAsk(String messageName) {
        return cell.newAsk(messageName);
    }

    @Override
    public void ask(Object message, AskFuture<?> reply) {
        cell.ask(message, reply, askTimeoutNanos);
    }
}

package io.mycelium.codec;

import io.mycelium.internal.wire.ActorRefResolver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Actor references by name: what a transport's resolver does with real addresses. */
final class FakeResolver implements ActorRefResolver {
    private final Map<String, Object> byAddress = new ConcurrentHashMap<>();

    /** A Trading reference the resolver knows as {@code fake:<name>}. */
    Trading trading(String name) {
        return (Trading) byAddress.computeIfAbsent("fake:" + name, FakeTrading::new);
    }

    @Override
    public String addressOf(Object ref) {
        return ((FakeTrading) ref).address;
    }

    @Override
    public <T> T resolve(Class<T> type, String address) {
        Object ref = byAddress.get(address);
        if (ref == null) {
            throw new IllegalArgumentException("unknown address " + address);
        }
        return type.cast(ref);
    }

    /** A reference that only knows its address. */
    static final class FakeTrading implements Trading {
        final String address;

        FakeTrading(String address) {
            this.address = address;
        }

        @Override
        public void place(Order order) {
        }

        @Override
        public void tick(long instrument, double price, int size, boolean last) {
        }

        @Override
        public void publish(Book book) {
        }

        @Override
        public java.util.concurrent.CompletionStage<Order> lookup(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.concurrent.CompletionStage<Long> depth(Side side) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return address;
        }
    }
}

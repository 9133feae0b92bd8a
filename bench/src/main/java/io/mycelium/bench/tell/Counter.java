package io.mycelium.bench.tell;

import io.mycelium.annotation.Actor;

/** The Mycelium receiver of the tell benchmarks. */
@Actor
public interface Counter {
    void add(int sender);
}

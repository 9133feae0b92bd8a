package io.mycelium.internal;

/** Something a dispatcher thread polls for work; asked once more before the thread parks. */
interface WorkSource {

    /** Whether there is work waiting. */
    boolean hasWork();
}

package io.mycelium;

import io.mycelium.internal.ActorCell;
import java.util.function.Supplier;

/**
 * An actor's view of itself and of the tree it lives in: spawning children, watching and linking.
 * Get it with {@link #current()} on the actor's own turn: in a handler, in an
 * {@link ActorLifecycle} hook, in an ask callback, or in the implementation's constructor (the
 * factory runs on behalf of the actor).
 *
 * <pre>{@code
 * final class TeamImpl implements Team, ActorLifecycle, Watcher {
 *     private final List<Worker> workers = new ArrayList<>();
 *
 *     public void started() {
 *         ActorContext context = ActorContext.current();
 *         for (int i = 0; i < 3; i++) {
 *             Worker worker = context.spawn(Worker.class, "worker-" + i, WorkerImpl::new);
 *             workers.add(worker);
 *             context.watch(worker);
 *         }
 *     }
 *
 *     public void terminated(Termination notice) { ... } // on this actor's turn
 * }
 * }</pre>
 *
 * <p>Children live as long as their parent: when an actor stops, its children stop first; when it
 * restarts, its children are stopped before the fresh instance is made (which spawns its own).
 * The methods that change the tree (spawning, watching, linking) must be called on the actor's
 * own turn and throw {@link IllegalStateException} otherwise. Not for users to implement.
 */
public interface ActorContext {

    /**
     * The context of the actor whose turn the calling thread is running.
     *
     * @throws IllegalStateException when called outside an actor's turn
     */
    static ActorContext current() {
        ActorCell<?> cell = ActorCell.current();
        if (cell == null) {
            throw new IllegalStateException("ActorContext.current() is only available on an"
                    + " actor's turn: in a handler, a lifecycle hook, an ask callback or the"
                    + " implementation's constructor");
        }
        return cell.context();
    }

    /** This actor's name. */
    String name();

    /** The system this actor lives in. */
    ActorSystem system();

    /**
     * This actor's own typed reference, e.g. to hand to others.
     *
     * @throws IllegalArgumentException if this actor does not implement {@code type}
     */
    <A> A self(Class<A> type);

    /**
     * Spawns a child of this actor, supervised by this actor's
     * {@link SpawnOptions#supervisor(SupervisorStrategy) strategy}; see
     * {@link ActorSystem#spawn(Class, String, Supplier)}.
     */
    <A> A spawn(Class<A> type, String name, Supplier<? extends A> factory);

    /** Spawns a child of this actor with the given options. */
    <A> A spawn(Class<A> type, String name, Supplier<? extends A> factory, SpawnOptions options);

    /** Spawns a worker pool as a child of this actor; see {@link Pool}. */
    <A> A spawnPool(Class<A> type, String name, Pool pool, Supplier<? extends A> factory);

    /** Spawns a worker pool whose members use {@code options}, as a child of this actor. */
    <A> A spawnPool(Class<A> type, String name, Pool pool, Supplier<? extends A> factory,
            SpawnOptions options);

    /** Creates a named supervisor as a child of this actor. */
    Supervisor supervisor(String name, SupervisorStrategy strategy);

    /**
     * Watches {@code ref} (an actor, pool or {@link Supervisor}): when it terminates, this actor's
     * implementation, which must implement {@link Watcher}, gets a {@link Termination} notice on
     * this actor's turn. Watching something that has already terminated delivers the notice at
     * once. Watches survive restarts of this actor.
     *
     * @throws IllegalStateException if this actor's implementation does not implement
     *     {@link Watcher}
     */
    void watch(Object ref);

    /** Stops watching {@code ref}; a notice not yet delivered is dropped. */
    void unwatch(Object ref);

    /**
     * Links this actor with {@code ref} (an actor, pool or {@link Supervisor}) so they terminate
     * together: when either one stops for good, for whatever reason, the other is stopped with an
     * {@link ActorTerminatedException} naming it, whose cause is the first one's failure, if any.
     * Restarts are not terminations: a restarted actor keeps its links. Linking to something that
     * has already terminated stops this actor.
     */
    void link(Object ref);

    /** Removes the link with {@code ref}, if any. */
    void unlink(Object ref);
}

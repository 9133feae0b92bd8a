/**
 * Mycelium's runtime API: {@link io.mycelium.ActorSystem} spawns and looks up typed actors,
 * {@link io.mycelium.SpawnOptions} chooses mailbox bounds, overflow policy, dispatcher and how an
 * actor supervises its children, and the exceptions say precisely why a call was refused or an
 * ask failed.
 *
 * <p>Supervision (Erlang/OTP): every actor has a parent, the system's guardian at the top.
 * Actors spawn children through {@link io.mycelium.ActorContext}; a
 * {@link io.mycelium.SupervisorStrategy} decides what a failure means ({@link io.mycelium.Decision});
 * {@link io.mycelium.ActorLifecycle} and {@link io.mycelium.Watcher} are the hooks an
 * implementation opts into; {@link io.mycelium.Supervisor} and {@link io.mycelium.Pool} spawn
 * named supervisors and worker pools.
 */
package io.mycelium;

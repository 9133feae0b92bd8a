/**
 * Mycelium's runtime API: {@link io.mycelium.ActorSystem} spawns and looks up typed actors,
 * {@link io.mycelium.SpawnOptions} chooses mailbox bounds, overflow policy and dispatcher, and the
 * exceptions say precisely why a call was refused or an ask failed.
 */
package io.mycelium;

/**
 * The annotations users write on actor protocols: {@link io.mycelium.annotation.Actor} and
 * {@link io.mycelium.annotation.MessageId}.
 */
package io.mycelium.annotation;

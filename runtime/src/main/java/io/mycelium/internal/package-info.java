/**
 * Runtime internals and the contract between generated code and the runtime. Nothing here is
 * public API: generated code refers to these types, users do not, and they may change in any
 * release together with the processor that generates against them.
 */
package io.mycelium.internal;

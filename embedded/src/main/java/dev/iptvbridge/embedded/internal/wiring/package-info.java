/**
 * Internal: the Guice modules of the adapters and the application, installed by the embedded root
 * module ({@link dev.iptvbridge.embedded.internal.wiring.EmbeddedModule}) and by the daemon's. Not for hosts:
 * a Guice host installs {@code dev.iptvbridge.embedded.guice.IptvBridgeModule}.
 */
package dev.iptvbridge.embedded.internal.wiring;

/**
 * Public: the face of the bridge for a host's JVM service. {@link dev.iptvbridge.embedded.IptvBridgeHost}
 * takes ESPF requests from any HTTP framework, reconciles and explains accounts, starts and stops the
 * workers and reports health; {@link dev.iptvbridge.embedded.IptvBridgeBuilder} wires it in plain Java,
 * {@code dev.iptvbridge.embedded.guice.IptvBridgeModule} in Guice. Configuration is in
 * {@code dev.iptvbridge.embedded.config}. Everything under {@code dev.iptvbridge.embedded.internal} is
 * internal and may change in any release. See docs/embedding.md.
 */
package dev.iptvbridge.embedded;

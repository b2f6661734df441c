/**
 * The daemon's handle ({@link dev.iptvbridge.bootstrap.IptvBridge}) for its command line, sandbox and tests.
 * The rooms are sub-packages ({@code http}, {@code cli}); {@code wiring} only wires. Hosts embed the bridge
 * through {@code dev.iptvbridge.embedded} instead.
 */
package dev.iptvbridge.bootstrap;

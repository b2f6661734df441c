/**
 * The daemon's composition root: {@link dev.iptvbridge.bootstrap.wiring.DaemonModule} installs the
 * embedded module's adapter and application modules and adds the daemon's own rooms (the HTTP server,
 * the Prometheus registry). It only wires.
 */
package dev.iptvbridge.bootstrap.wiring;

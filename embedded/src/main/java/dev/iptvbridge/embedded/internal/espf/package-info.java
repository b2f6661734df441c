/**
 * Internal: the ESPF webhook as plain Java (headers and body in, status and JSON out), behind the
 * daemon's route and {@link dev.iptvbridge.embedded.IptvBridgeHost#handleEspf}. Not for hosts.
 */
package dev.iptvbridge.embedded.internal.espf;

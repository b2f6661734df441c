/**
 * The CLI room: {@code run}, {@code sandbox} and the operator's one-off commands, with stable exit codes.
 * picocli lives here only; the commands reach the bridge through {@link dev.iptvbridge.bootstrap.IptvBridge}.
 */
package dev.iptvbridge.bootstrap.cli;

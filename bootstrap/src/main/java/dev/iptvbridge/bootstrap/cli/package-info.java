/**
 * The CLI room: {@code run}, {@code sandbox} and the operator's one-off commands, with stable exit codes.
 * picocli lives here only; the commands reach the bridge through {@link dev.iptvbridge.bootstrap.IptvBridge}.
 * What a command prints comes from its view record ({@code ...View}): as sentences and tables for people, or
 * with {@code --format json} ({@link dev.iptvbridge.bootstrap.cli.FormatOption}) as JSON through one mapper,
 * never from a domain record's {@code toString}.
 */
package dev.iptvbridge.bootstrap.cli;

/** The command line: {@code run}, {@code sandbox} and the operator's one-off commands, with stable exit codes. */
package dev.iptvbridge.bootstrap.cli;

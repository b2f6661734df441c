/** Internal: the explain view of an account as plain maps, ready for JSON; shared by the HTTP server, the CLI and hosts. */
package dev.iptvbridge.embedded.internal.view;

/** Internal: the explain view of an account, one record with one JSON form, shared by the HTTP server, the CLI and hosts. */
package dev.iptvbridge.embedded.internal.view;

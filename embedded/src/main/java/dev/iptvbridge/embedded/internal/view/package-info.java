/** Internal: the explain view and the service history view of an account, each one record with one JSON form, shared by the HTTP server, the CLI and hosts. */
package dev.iptvbridge.embedded.internal.view;

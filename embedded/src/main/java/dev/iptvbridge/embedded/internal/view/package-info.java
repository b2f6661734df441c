/**
 * Internal: the explain view and the service history view of an account, each one record with one JSON form,
 * shared by the HTTP server, the CLI and hosts; and the findings of the catalog check with their lines in the
 * catalog file.
 */
package dev.iptvbridge.embedded.internal.view;

/**
 * Internal: the explain view of an account, one record with one JSON form, shared by the HTTP server, the CLI and
 * hosts; and the findings of the catalog check with their lines in the catalog file.
 */
package dev.iptvbridge.embedded.internal.view;

/** The HTTP server: the ESPF webhook, health checks, metrics and the explain view. */
package dev.iptvbridge.bootstrap.http;

/**
 * The HTTP room, the daemon's Javalin server: the ESPF webhook route (over the framework-free intake an
 * embedding host calls too), health checks, Prometheus metrics and the explain view. Javalin lives here only.
 */
package dev.iptvbridge.bootstrap.http;

/**
 * Internal: operators' metrics as Micrometer meters on the registry the bridge is given, and port
 * decorators that time every remote call.
 */
package dev.iptvbridge.embedded.internal.metrics;

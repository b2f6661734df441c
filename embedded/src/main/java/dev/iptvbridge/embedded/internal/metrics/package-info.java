/** Operators' metrics: Micrometer meters in Prometheus format, and port decorators that time every remote call. */
package dev.iptvbridge.embedded.internal.metrics;

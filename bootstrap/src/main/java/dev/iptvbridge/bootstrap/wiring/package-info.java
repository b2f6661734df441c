/**
 * The composition root: one Guice module per adapter plus the application's, installed by
 * {@link dev.iptvbridge.bootstrap.wiring.DaemonModule}. The only place that knows every module.
 */
package dev.iptvbridge.bootstrap.wiring;

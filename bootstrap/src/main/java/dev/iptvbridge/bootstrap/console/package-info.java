/**
 * The operator console under {@code /console}: server-rendered HTML pages over the same use cases the
 * command line calls, behind a login form and a server-side session (see docs/console.md).
 */
package dev.iptvbridge.bootstrap.console;

/** The running daemon: starts and stops its parts in order. */
package dev.iptvbridge.bootstrap.daemon;

/** The bridge as a library ({@link dev.iptvbridge.bootstrap.IptvBridge}) and as a daemon (see the sub-packages). */
package dev.iptvbridge.bootstrap;

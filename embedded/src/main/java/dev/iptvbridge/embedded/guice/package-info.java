/** Public: the Guice module a Guice host installs to inject {@link dev.iptvbridge.embedded.IptvBridgeHost}. */
package dev.iptvbridge.embedded.guice;

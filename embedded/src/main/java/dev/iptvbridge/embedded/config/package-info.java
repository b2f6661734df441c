/**
 * Public: the bridge's configuration, checked ({@link dev.iptvbridge.embedded.config.BridgeConfig}), read
 * from YAML with environment overrides ({@link dev.iptvbridge.embedded.config.ConfigLoader}), and the catalog.
 */
package dev.iptvbridge.embedded.config;

/** The daemon's configuration: a YAML file, environment overrides, strict checks at start, and the catalog. */
package dev.iptvbridge.embedded.config;

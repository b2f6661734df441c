/**
 * Outbound ports: what the use cases need from the world (billing, the IPTV platform, storage).
 * Adapters implement them and translate their transport errors into {@link dev.iptvbridge.application.port.out.IntegrationException}.
 */
package dev.iptvbridge.application.port.out;

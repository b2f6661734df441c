/**
 * The PortaBilling adapter: a Feign client of PortaBilling's JSON API ({@code /rest}) and of its
 * ESPF status API ({@code /espf/v1}), behind {@link dev.iptvbridge.application.port.out.BillingPort}
 * and {@link dev.iptvbridge.application.port.out.ProvisioningStatusPort}. Only
 * {@link dev.iptvbridge.portabilling.PortaBillingAdapter} and its settings are public; the wire
 * records, the session and the error decoder stay inside. Contract: docs/portabilling.md.
 */
package dev.iptvbridge.portabilling;

/**
 * A PortaBilling simulator for tests and demos: the JSON API under {@code /rest}, the ESPF
 * status API under {@code /espf/v1}, and an ESPF webhook sender that delivers the
 * provisioning events PortaBilling would emit for every change, with PortaBilling's delivery
 * semantics (200 delivered, 4xx dropped, anything else sent again with the same
 * {@code i_event}) and optional faults (duplicates, delays, reordering).
 *
 * <p>The public entry points are {@link dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator},
 * {@link dev.iptvbridge.sandbox.portabilling.EspfSender} and
 * {@link dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorCommand}; everything else
 * is package-private. See {@code docs/sandbox-portabilling.md}.
 */
package dev.iptvbridge.sandbox.portabilling;

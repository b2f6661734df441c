package dev.iptvbridge.sandbox.portabilling;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A provisioning status the bridge reported through the ESPF status API.
 *
 * @param status     {@code OK}, {@code IN_PROGRESS}, {@code RETRY} or {@code FAILED}
 * @param group      the service group, e.g. {@code IPTV}
 * @param message    the message sent, empty when none
 * @param receivedAt when the simulator received it (simulator clock)
 */
public record ReportedStatus(String status, String group, String message, Instant receivedAt) {

    public ReportedStatus {
        requireNonNull(status, "status is null");
        requireNonNull(group, "group is null");
        requireNonNull(message, "message is null");
        requireNonNull(receivedAt, "receivedAt is null");
    }
}

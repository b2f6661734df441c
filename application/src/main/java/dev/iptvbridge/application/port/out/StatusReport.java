package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

/**
 * A provisioning status as PortaBilling shows it for an account, with its one-line message.
 *
 * @param message at most 4000 characters are kept
 */
public record StatusReport(ProvisioningStatus status, String message) {

    public StatusReport {
        requireNonNull(status, "status is null");
        requireNonNull(message, "message is null");
    }
}

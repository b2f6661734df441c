package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.StatusReport;

/** A row of {@code status_accepted}: the status PortaBilling last accepted for an account. */
record AcceptedStatusRow(String status, String message) {

    StatusReport toReport() {
        return new StatusReport(ProvisioningStatus.valueOf(status), message);
    }
}

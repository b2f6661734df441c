package dev.iptvbridge.application.service;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.SystemUnavailable;
import dev.iptvbridge.application.port.out.TransientFailure;

/** The provisioning status billing shows for a failed reconcile: FAILED when a person must look, else RETRY. */
final class FailureStatus implements IntegrationException.Visitor<ProvisioningStatus> {

    static final FailureStatus REPORTED = new FailureStatus();

    private FailureStatus() {
    }

    @Override
    public ProvisioningStatus transientFailure(TransientFailure failure) {
        return ProvisioningStatus.RETRY;
    }

    // Minerva or PortaBilling is down: the work waits for it and is tried again.
    @Override
    public ProvisioningStatus unavailable(SystemUnavailable failure) {
        return ProvisioningStatus.RETRY;
    }

    @Override
    public ProvisioningStatus permanent(PermanentFailure failure) {
        return ProvisioningStatus.FAILED;
    }

    // Minerva lost the customer between two calls: the next reconcile plans a create.
    @Override
    public ProvisioningStatus notFound(NotFoundFailure failure) {
        return ProvisioningStatus.RETRY;
    }
}

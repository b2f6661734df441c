package dev.iptvbridge.application.port.out;

/** Reports an account's provisioning result back to PortaBilling (ESPF status API, group IPTV). */
public interface ProvisioningStatusPort {

    /** @param message at most 4,000 characters; longer ones are cut by the adapter */
    void report(long accountId, ProvisioningStatus status, String message);
}

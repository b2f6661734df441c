package dev.iptvbridge.sandbox.minerva;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * A Minerva customer as the simulator holds it; serialised field by field as the wire format.
 *
 * @param externalId   the bridge's key (the PortaBilling {@code i_account})
 * @param login        the customer's login
 * @param name         a display name, possibly empty
 * @param status       {@code ENABLED} or {@code DISABLED}
 * @param packages     package ids, sorted and without duplicates
 * @param wholeHomeDvr the whole-home DVR switch
 * @param maxDevices   the device limit
 * @param createdAt    when it was created
 * @param updatedAt    when it last changed
 */
public record SimCustomer(String externalId, String login, String name, String status, List<String> packages,
                          boolean wholeHomeDvr, int maxDevices, Instant createdAt, Instant updatedAt) {

    public static final String ENABLED = "ENABLED";
    public static final String DISABLED = "DISABLED";

    public SimCustomer {
        requireNonNull(externalId, "externalId is null");
        requireNonNull(login, "login is null");
        requireNonNull(name, "name is null");
        requireNonNull(status, "status is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
        if (!ENABLED.equals(status) && !DISABLED.equals(status)) {
            throw new IllegalArgumentException("status must be ENABLED or DISABLED, not " + status);
        }
        packages = List.copyOf(new TreeSet<>(requireNonNull(packages, "packages is null")));
    }

    public SimCustomer withStatus(String newStatus, Instant at) {
        return new SimCustomer(externalId, login, name, newStatus, packages, wholeHomeDvr, maxDevices, createdAt, at);
    }

    public SimCustomer withPackages(List<String> newPackages, Instant at) {
        return new SimCustomer(externalId, login, name, status, newPackages, wholeHomeDvr, maxDevices, createdAt, at);
    }

    public SimCustomer withProfile(String newLogin, String newName, boolean newDvr, int newMaxDevices, Instant at) {
        return new SimCustomer(externalId, newLogin, newName, status, packages, newDvr, newMaxDevices, createdAt, at);
    }
}

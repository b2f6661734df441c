package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One difference a comparison found.
 *
 * @param seq        its place in the run's list, from 1
 * @param account    the account id; empty for a {@link DriftKind#FOREIGN} customer
 * @param externalId the platform's {@code externalId} of a foreign customer; empty otherwise
 * @param want       what the platform should hold; empty when it should hold nothing
 * @param have       what it holds; empty when nothing (and for foreign customers, which are not read)
 * @param reason     why billing calls for a disabled or absent customer, when it does
 * @param queued     whether the run queued the account for a reconcile
 */
public record Difference(long seq, OptionalLong account, Optional<String> externalId, DriftKind kind,
                         Optional<IptvCustomer> want, Optional<IptvCustomer> have, Optional<String> reason,
                         boolean queued) {

    public Difference {
        requireNonNull(account, "account is null");
        requireNonNull(externalId, "externalId is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(want, "want is null");
        requireNonNull(have, "have is null");
        requireNonNull(reason, "reason is null");
    }
}

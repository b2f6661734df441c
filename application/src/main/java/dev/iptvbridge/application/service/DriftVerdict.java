package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.DriftKind;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.List;
import java.util.Optional;

/**
 * What the comparison concludes for one account id.
 *
 * @param kinds      its kinds of drift, in the order of the plan that would repair it; empty when in step
 * @param want       what the platform should hold once repaired
 * @param have       what it holds
 * @param reason     why billing calls for a disabled or absent customer
 * @param unresolved billing listed the account but not its customer: the pages alone cannot tell
 */
record DriftVerdict(List<DriftKind> kinds, Optional<IptvCustomer> want, Optional<IptvCustomer> have,
                    Optional<String> reason, boolean unresolved) {

    DriftVerdict {
        kinds = List.copyOf(requireNonNull(kinds, "kinds is null"));
    }

    static DriftVerdict unresolved(Optional<IptvCustomer> have) {
        return new DriftVerdict(List.of(), Optional.empty(), have, Optional.empty(), true);
    }

    /** Whether the run queues the account: orphans only when deleting them was asked. */
    boolean queues(boolean deleteOrphans) {
        return unresolved || kinds.stream().anyMatch(kind -> kind != DriftKind.ORPHAN || deleteOrphans);
    }
}

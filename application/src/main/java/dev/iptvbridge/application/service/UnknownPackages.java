package dev.iptvbridge.application.service;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.SystemUnavailable;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.provisioning.PlanStep;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A step the platform refused because it does not know a package the catalog names, made into the
 * step it can take: the same, with only the packages it knows. So a catalog error costs the account that
 * package, never the rest of its service; the failure that parks it names the unknown packages and the fix.
 */
final class UnknownPackages {

    /** The step to take instead, and the catalog error to end the reconcile with once the plan is through. */
    record Workaround(PlanStep step, PermanentFailure catalogError) {
    }

    private static final IntegrationException.Visitor<Boolean> IS_UNKNOWN_PACKAGE = new IntegrationException.Visitor<>() {
        @Override
        public Boolean transientFailure(TransientFailure failure) {
            return false;
        }

        @Override
        public Boolean unavailable(SystemUnavailable failure) {
            return false;
        }

        @Override
        public Boolean permanent(PermanentFailure failure) {
            return failure.isUnknownPackage();
        }

        @Override
        public Boolean notFound(NotFoundFailure failure) {
            return false;
        }
    };

    private UnknownPackages() {
    }

    /** Empty when the failure is not about an unknown package, or the platform's list does not say which. */
    static Optional<Workaround> workaround(IptvPlatformPort platform, long account, PlanStep step,
                                           IntegrationException failure) {
        Optional<SortedSet<String>> asked = step.accept(PackagesOf.STEP);
        if (asked.isEmpty() || !failure.accept(IS_UNKNOWN_PACKAGE)) {
            return Optional.empty();
        }
        Set<String> offered;
        try {
            offered = platform.listPackages().stream().map(IptvPackage::id).collect(Collectors.toSet());
        } catch (IntegrationException unreadable) {
            return Optional.empty();
        }
        SortedSet<String> known = new TreeSet<>(asked.get());
        known.retainAll(offered);
        SortedSet<String> unknown = new TreeSet<>(asked.get());
        unknown.removeAll(offered);
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Workaround(step.accept(new PackagesOf.Replaced(known)), PermanentFailure.unknownPackage(
                "catalog error: Minerva does not know the package(s) " + unknown + " that the catalog gives account "
                        + account + "; the account got every other step and the packages Minerva knows " + known
                        + ". Fix the package ids in the catalog file (iptv-bridge catalog check names the lines) or create"
                        + " the packages in Minerva, then retry the parked entry", failure)));
    }
}

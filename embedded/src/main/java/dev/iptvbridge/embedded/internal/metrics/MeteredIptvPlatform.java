package dev.iptvbridge.embedded.internal.metrics;

import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.ProfileChange;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/** Times every Minerva call by operation and status. */
public final class MeteredIptvPlatform implements IptvPlatformPort {

    private static final String SYSTEM = "minerva";
    private final IptvPlatformPort delegate;
    private final BridgeMetrics metrics;

    public MeteredIptvPlatform(IptvPlatformPort delegate, BridgeMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
        metrics.expectCalls(SYSTEM, List.of("read", "list", "create", "enable", "disable", "set_packages",
                "change_profile", "delete", "list_packages"));
    }

    @Override
    public Optional<IptvCustomer> find(long accountId) {
        return metrics.timeCall(SYSTEM, "read", () -> delegate.find(accountId));
    }

    @Override
    public Page<IptvCustomer> list(int page, int size) {
        return metrics.timeCall(SYSTEM, "list", () -> delegate.list(page, size));
    }

    @Override
    public boolean create(IptvCustomer customer) {
        return metrics.timeCall(SYSTEM, "create", () -> delegate.create(customer));
    }

    @Override
    public void enable(long accountId) {
        metrics.timeCall(SYSTEM, "enable", () -> delegate.enable(accountId));
    }

    @Override
    public void disable(long accountId, String reason) {
        metrics.timeCall(SYSTEM, "disable", () -> delegate.disable(accountId, reason));
    }

    @Override
    public void setPackages(long accountId, SortedSet<String> packages) {
        metrics.timeCall(SYSTEM, "set_packages", () -> delegate.setPackages(accountId, packages));
    }

    @Override
    public void changeProfile(long accountId, ProfileChange change) {
        metrics.timeCall(SYSTEM, "change_profile", () -> delegate.changeProfile(accountId, change));
    }

    @Override
    public void delete(long accountId) {
        metrics.timeCall(SYSTEM, "delete", () -> delegate.delete(accountId));
    }

    @Override
    public List<IptvPackage> listPackages() {
        return metrics.timeCall(SYSTEM, "list_packages", delegate::listPackages);
    }
}

package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.ProvisioningStatusPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** PortaBilling's provisioning status in memory: every report, in order; can be told to fail. */
public final class FakeProvisioningStatus implements ProvisioningStatusPort {

    /** One report as PortaBilling received it. */
    public record Report(long accountId, ProvisioningStatus status, String message) {
    }

    private final List<Report> reports = new ArrayList<>();
    private IntegrationException failure;

    public void failWith(IntegrationException failure) {
        this.failure = failure;
    }

    public List<Report> reports() {
        return List.copyOf(reports);
    }

    public Optional<Report> last() {
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
    }

    @Override
    public void report(long accountId, ProvisioningStatus status, String message) {
        if (failure != null) {
            throw failure;
        }
        reports.add(new Report(accountId, status, message));
    }
}

package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.in.CompareCommand;
import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditOutcome;
import dev.iptvbridge.application.port.out.ComparedAccount;
import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.ComparisonRunsPort;
import dev.iptvbridge.application.port.out.ComparisonSnapshotPort;
import dev.iptvbridge.application.port.out.Difference;
import dev.iptvbridge.application.port.out.DriftKind;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.PlatformPage;
import dev.iptvbridge.application.port.out.SnapshotAccount;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.ProvisioningPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The run around the comparison: the lease, the record, the audit line, and the snapshot dropped whatever happens. */
class CompareServiceTest {

    private final TestBridge bridge = new TestBridge();
    private final List<String> calls = new ArrayList<>();
    private final Runs runs = new Runs();
    private RuntimeException minervaFailure;

    private CompareService service() {
        ComparisonParts parts = new ComparisonParts(bridge.billing,
                (environment, offset, limit) -> new Page<Customer>(List.of(), 0),
                (page, size) -> {
                    if (minervaFailure != null) {
                        throw minervaFailure;
                    }
                    return new PlatformPage(List.of(), List.of(), 0);
                }, new Snapshot(), bridge.queue, new ProvisioningPolicy(CATALOG), bridge.served,
                ComparisonSettings.DEFAULT);
        return new CompareService(parts, runs, bridge.audit, bridge.clock);
    }

    @Test
    void aCompletedRunIsRecordedAuditedAndItsSnapshotDropped() {
        Optional<ComparisonRecord> run = service().compare(new CompareCommand(true, false), ProgressListener.NONE);

        assertThat(run).hasValueSatisfying(record -> {
            assertThat(record.completed()).isTrue();
            assertThat(record.dryRun()).isTrue();
            assertThat(record.environment()).isEqualTo(String.valueOf(ENV));
            assertThat(record.counts()).containsOnlyKeys(DriftKind.values());
        });
        assertThat(runs.recorded).containsExactly(run.get());
        assertThat(calls).containsExactly("dropOtherRuns " + run.get().run(), "index", "dropSnapshot");
        assertThat(bridge.audit.entries()).singleElement().satisfies(line -> {
            assertThat(line.category()).isEqualTo(AuditCategory.COMPARISON);
            assertThat(line.outcome()).isEqualTo(AuditOutcome.OK);
            assertThat(line.detail()).contains("missing 0", "foreign 0");
        });
        assertThat(runs.holder).as("the lease is given back").isNull();
    }

    @Test
    void aRunThatCannotFinishIsRecordedAsFailedAndStillDropsItsSnapshot() {
        minervaFailure = new TransientFailure("Minerva answered 503", null);

        assertThatThrownBy(() -> service().compare(new CompareCommand(false, false), ProgressListener.NONE))
                .hasMessageContaining("503");

        assertThat(runs.recorded).singleElement().satisfies(record -> assertThat(record.completed()).isFalse());
        assertThat(calls).contains("dropSnapshot").doesNotContain("index");
        assertThat(bridge.audit.entries()).singleElement()
                .satisfies(line -> assertThat(line.outcome()).isEqualTo(AuditOutcome.FAILED));
        assertThat(runs.holder).isNull();
    }

    @Test
    void anotherComparisonHoldingTheLeaseMakesThisOneDoNothing() {
        runs.holder = "another bridge";

        assertThat(service().compare(new CompareCommand(false, false), ProgressListener.NONE)).isEmpty();

        assertThat(calls).isEmpty();
        assertThat(runs.recorded).isEmpty();
        assertThat(runs.holder).isEqualTo("another bridge");
    }

    private final class Runs implements ComparisonRunsPort {
        String holder;
        final List<ComparisonRecord> recorded = new ArrayList<>();

        @Override
        public boolean lease(String owner, Instant now, Duration length) {
            if (holder != null && !holder.equals(owner)) {
                return false;
            }
            holder = owner;
            return true;
        }

        @Override
        public void releaseLease(String owner) {
            if (owner.equals(holder)) {
                holder = null;
            }
        }

        @Override
        public void record(ComparisonRecord run) {
            recorded.add(run);
        }

        @Override
        public Optional<ComparisonRecord> lastCompleted(String environment, boolean includeDryRuns) {
            return Optional.empty();
        }
    }

    // An empty snapshot that writes down what it was asked to drop.
    private final class Snapshot implements ComparisonSnapshotPort {
        @Override
        public void addAccounts(List<SnapshotAccount> accounts) {
        }

        @Override
        public void addCustomers(List<Customer> customers) {
        }

        @Override
        public void addPlatform(List<IptvCustomer> customers, List<String> foreign) {
        }

        @Override
        public void index() {
            calls.add("index");
        }

        @Override
        public List<ComparedAccount> comparedAfter(long after, int limit) {
            return List.of();
        }

        @Override
        public List<String> foreignAfter(String after, int limit) {
            return List.of();
        }

        @Override
        public void addDifferences(String run, List<Difference> differences) {
        }

        @Override
        public List<Difference> differencesAfter(String run, long after, int limit) {
            return List.of();
        }

        @Override
        public List<Difference> firstOf(String run, DriftKind kind, int limit) {
            return List.of();
        }

        @Override
        public long stillQueued(String run) {
            return 0;
        }

        @Override
        public void dropSnapshot() {
            calls.add("dropSnapshot");
        }

        @Override
        public void dropOtherRuns(String keep) {
            calls.add("dropOtherRuns " + keep);
        }
    }
}

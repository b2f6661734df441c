package dev.iptvbridge.embedded.internal.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.port.in.AcceptEventUseCase;
import dev.iptvbridge.application.port.in.CompareSystemsUseCase;
import dev.iptvbridge.application.port.in.CheckCatalogUseCase;
import dev.iptvbridge.application.port.in.ExplainAccountUseCase;
import dev.iptvbridge.application.port.in.CheckRevenueUseCase;
import dev.iptvbridge.application.port.in.ExportHistoryUseCase;
import dev.iptvbridge.application.port.in.ShowHistoryUseCase;
import dev.iptvbridge.application.port.in.ManageParkedUseCase;
import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import dev.iptvbridge.application.port.in.PurgeAuditLogUseCase;
import dev.iptvbridge.application.port.in.PurgeInboxUseCase;
import dev.iptvbridge.application.port.in.ReadDriftUseCase;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.application.port.in.SendStatusReportsUseCase;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.port.out.ProvisioningStatusPort;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.service.AcceptEventService;
import dev.iptvbridge.application.service.CompareService;
import dev.iptvbridge.application.service.ComparisonParts;
import dev.iptvbridge.application.service.ComparisonSettings;
import dev.iptvbridge.application.service.ReadDriftService;
import dev.iptvbridge.application.service.CheckCatalogService;
import dev.iptvbridge.application.service.CustomerFanOut;
import dev.iptvbridge.application.service.DesiredStateReader;
import dev.iptvbridge.application.service.ExplainAccountService;
import dev.iptvbridge.application.service.CatalogSubscriptionCheck;
import dev.iptvbridge.application.service.CheckRevenueService;
import dev.iptvbridge.application.service.ExportHistoryService;
import dev.iptvbridge.application.service.ServiceHistoryRecorder;
import dev.iptvbridge.application.service.ShowHistoryService;
import dev.iptvbridge.application.service.ManageParkedService;
import dev.iptvbridge.application.service.OutcomeRecorder;
import dev.iptvbridge.application.service.AppliedStateTrust;
import dev.iptvbridge.application.port.out.AppliedStatePort;
import dev.iptvbridge.application.port.out.DriftedAccountsPort;
import dev.iptvbridge.application.service.PlanExecutor;
import dev.iptvbridge.application.service.ProcessWorkService;
import dev.iptvbridge.application.service.PurgeAuditLogService;
import dev.iptvbridge.application.service.PurgeInboxService;
import dev.iptvbridge.application.service.ReconcileAccountService;
import dev.iptvbridge.application.service.RetryPolicy;
import dev.iptvbridge.application.service.SendStatusReportsService;
import dev.iptvbridge.application.service.StatusReportSchedule;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.BridgeMetrics;
import dev.iptvbridge.embedded.internal.metrics.MeteredReconcile;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.provisioning.ProvisioningPolicy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The use cases and the services behind them. */
public final class ApplicationModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(DesiredStateReader.class).in(Singleton.class);
        bind(PlanExecutor.class).in(Singleton.class);
        bind(OutcomeRecorder.class).in(Singleton.class);
        bind(CustomerFanOut.class).in(Singleton.class);
        bind(ReconcileAccountService.class).in(Singleton.class);
        bind(AcceptEventUseCase.class).to(AcceptEventService.class).in(Singleton.class);
        bind(ProcessWorkUseCase.class).to(ProcessWorkService.class).in(Singleton.class);
        bind(ExplainAccountUseCase.class).to(ExplainAccountService.class).in(Singleton.class);
        bind(ManageParkedUseCase.class).to(ManageParkedService.class).in(Singleton.class);
        bind(PurgeInboxUseCase.class).to(PurgeInboxService.class).in(Singleton.class);
        bind(AcceptEventService.class);
        bind(ProcessWorkService.class);
        bind(ExplainAccountService.class);
        bind(ManageParkedService.class);
        bind(PurgeInboxService.class);
        bind(PurgeAuditLogUseCase.class).to(PurgeAuditLogService.class).in(Singleton.class);
        bind(PurgeAuditLogService.class);
        bind(ComparisonParts.class).in(Singleton.class);
        bind(CompareSystemsUseCase.class).to(CompareService.class).in(Singleton.class);
        bind(CompareService.class);
        bind(ReadDriftUseCase.class).to(ReadDriftService.class).in(Singleton.class);
        bind(ReadDriftService.class);
        bind(CheckCatalogUseCase.class).to(CheckCatalogService.class).in(Singleton.class);
        bind(CheckCatalogService.class);
        bind(ServiceHistoryRecorder.class).in(Singleton.class);
        bind(ShowHistoryUseCase.class).to(ShowHistoryService.class).in(Singleton.class);
        bind(ShowHistoryService.class);
        bind(ExportHistoryUseCase.class).to(ExportHistoryService.class).in(Singleton.class);
        bind(ExportHistoryService.class);
        bind(CheckRevenueUseCase.class).to(CheckRevenueService.class).in(Singleton.class);
        bind(CheckRevenueService.class);
        bind(CatalogSubscriptionCheck.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    static ComparisonSettings comparisonSettings(BridgeConfig config) {
        BridgeConfig.CompareSettings compare = config.maintenance().compare();
        return new ComparisonSettings(compare.billingPageReads(), compare.minervaPageReads());
    }

    @Provides
    @Singleton
    static AppliedStateTrust appliedStateTrust(AppliedStatePort applied, Clock clock, BridgeConfig config,
                                               DriftedAccountsPort drifted) {
        return new AppliedStateTrust(applied, clock, config.queue().trustAppliedFor(), drifted);
    }

    @Provides
    @Singleton
    static ProvisioningPolicy policy(Catalog catalog) {
        return new ProvisioningPolicy(catalog);
    }

    @Provides
    @Singleton
    static SendStatusReportsUseCase sendStatusReports(StatusOutboxPort outbox, ProvisioningStatusPort status,
                                                      AuditLogPort audit, RetryPolicy retry, BridgeConfig config,
                                                      Clock clock) {
        // A send must end within its lease, or a newer report could overtake it on the wire: the
        // lease keeps a wide margin over one PortaBilling call, however its timeouts are set.
        BridgeConfig.PortaBillingConfig pb = config.portabilling();
        Duration oneCall = pb.connectTimeout().plus(pb.readTimeout());
        Duration lease = Collections.max(List.of(StatusReportSchedule.DEFAULT.lease(), oneCall.multipliedBy(4)));
        return new SendStatusReportsService(outbox, status, audit,
                new StatusReportSchedule(retry.baseDelay(), retry.maxDelay(), lease), clock,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    @Provides
    @Singleton
    static ReconcileAccountUseCase reconcile(ReconcileAccountService service, BridgeMetrics metrics) {
        return new MeteredReconcile(service, metrics);
    }
}

package dev.iptvbridge.embedded.internal.metrics;

import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.domain.provisioning.TransitionKind;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts reconciles by outcome and transition, and logs each lifecycle transition and failure. */
public final class MeteredReconcile implements ReconcileAccountUseCase {

    private static final Logger LOG = LoggerFactory.getLogger("dev.iptvbridge.reconcile");

    private final ReconcileAccountUseCase delegate;
    private final BridgeMetrics metrics;

    public MeteredReconcile(ReconcileAccountUseCase delegate, BridgeMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public ReconcileAccountResult reconcile(ReconcileAccountCommand command) {
        ReconcileAccountResult result = delegate.reconcile(command);
        if (!command.dryRun()) {
            String outcome = result.skipped().isPresent() ? "skipped" : result.succeeded() ? "ok" : "failed";
            metrics.reconciled(outcome, result.transition().kind().name().toLowerCase(Locale.ROOT));
            log(result);
        }
        return result;
    }

    private static void log(ReconcileAccountResult result) {
        if (result.transition().kind() != TransitionKind.NONE) {
            LOG.info("account {}: {}{} by {}", result.accountId(), result.transition().kind(),
                    result.transition().reason().map(reason -> " (" + reason.description() + ")").orElse(""),
                    result.applied());
        } else if (!result.applied().isEmpty()) {
            LOG.info("account {}: updated by {}", result.accountId(), result.applied());
        }
        result.failure().ifPresent(failure -> LOG.warn("account {}: reconcile failed, will retry: {}",
                result.accountId(), failure.getMessage()));
    }
}

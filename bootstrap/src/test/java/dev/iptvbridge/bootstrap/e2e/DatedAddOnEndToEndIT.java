package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC;
import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC_AND_SPORTS;
import static dev.iptvbridge.bootstrap.e2e.E2e.PATIENCE;
import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitCustomer;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitQuiet;
import static dev.iptvbridge.bootstrap.e2e.E2e.enabledWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.in.HeldReconcile;
import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.portabilling.EspfDelivery;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An add-on dated a few seconds ahead reaches Minerva at its start and leaves at its end, though
 * PortaBilling sends no event then: ESPF is paused, so the bridge hears of neither date from an event;
 * one reconcile (an operator's) read the add-on, and the moments it scheduled do the rest.
 */
class DatedAddOnEndToEndIT {

    @TempDir
    Path data;

    @Test
    void a_dated_add_on_starts_and_ends_in_minerva_at_its_dates_with_no_event() {
        try (SandboxWorld world = SandboxWorld.start(SandboxOptions.ephemeral(data,
                Map.of("maintenance.sweepInterval", "0s")))) {
            PortaBillingSimulator billing = world.billing();
            MinervaSimulator minerva = world.minerva();
            long id = billing.addAccount(account("dated@tv.example", 5001, 101));
            awaitCustomer(minerva, id, enabledWith(BASIC));
            awaitQuiet(billing, world.bridge(), PATIENCE);
            billing.espf().pause();
            int delivered = billing.espf().log().size();

            // Whole seconds, as PortaBilling writes them; far enough ahead for the one reconcile to come first.
            Instant starts = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(8);
            Instant ends = starts.plusSeconds(6);
            billing.updateAccount(id, Map.of("assigned_addons", List.of(Map.of("i_product", 201,
                    "addon_effective_from", utc(starts), "addon_effective_to", utc(ends)))));
            // An operator's reconcile; a worker may still hold the entry for a moment (then it answers held elsewhere).
            ProcessWorkUseCase work = world.bridge().use(ProcessWorkUseCase.class);
            await().atMost(PATIENCE).until(() -> work.reconcileHeld(id, "operator") instanceof HeldReconcile.Reconciled);
            assertThat(List.copyOf(E2e.customer(minerva, id).orElseThrow().packages())).as("before the add-on starts")
                    .isEqualTo(BASIC);

            awaitCustomer(minerva, id, enabledWith(BASIC_AND_SPORTS));
            assertThat(Instant.now()).as("not before its start").isAfterOrEqualTo(starts);
            awaitCustomer(minerva, id, enabledWith(BASIC));
            assertThat(Instant.now()).as("not before its end").isAfterOrEqualTo(ends);

            List<EspfDelivery> since = billing.espf().log().subList(delivered, billing.espf().log().size());
            assertThat(since).as("ESPF events since the pause: the add-on's own update, never sent")
                    .extracting(EspfDelivery::eventType).containsExactly("Subscriber/Updated");
            assertThat(since).allSatisfy(event -> assertThat(event.attempts()).isEmpty());
        }
    }

    private static String utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDateTime().toString();
    }
}

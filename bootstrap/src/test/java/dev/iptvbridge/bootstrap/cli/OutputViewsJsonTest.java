package dev.iptvbridge.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.application.port.in.HeldReconcile;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.domain.catalog.Entitlement;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Profile;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import dev.iptvbridge.domain.provisioning.Transition;
import dev.iptvbridge.domain.provisioning.TransitionKind;
import dev.iptvbridge.persistence.MigrationReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The JSON a program reads from each command's {@code --format json}: field names, values, nulls and instants. */
class OutputViewsJsonTest {

    private static final ObjectMapper READER = new ObjectMapper();
    private static final long ACCOUNT = 1_000_889L;
    private static final DesiredCustomer ENABLED = new DesiredCustomer.Enabled(ACCOUNT,
            new Profile("alice@tv.example", "Alice"),
            new Entitlement(new TreeSet<>(List.of("CH-BASIC", "CH-SPORTS")), true));
    private static final IptvCustomer DISABLED = new IptvCustomer(ACCOUNT, "alice@tv.example", "Alice",
            IptvStatus.DISABLED, new TreeSet<>(List.of("CH-BASIC")), false);
    private static final Instant QUEUED = Instant.parse("2026-12-01T18:05:24.250Z");

    @Test
    void aReconcileReadsAsItsOutcomeCustomersStepsAndTransition() throws Exception {
        Reconciliation found = Reconciliation.of(ENABLED, Optional.of(DISABLED));
        JsonNode json = parse(Json.of(ReconcileViews.of(new ReconcileAccountResult.Applied(ACCOUNT, found,
                found.plan().steps(), new Transition(TransitionKind.RESUMED, Optional.empty())))));

        assertThat(json.get("account").asLong()).isEqualTo(ACCOUNT);
        assertThat(json.get("outcome").asText()).isEqualTo("APPLIED");
        assertThat(json.get("desired").get("status").asText()).isEqualTo("ENABLED");
        assertThat(json.get("desired").get("login").asText()).isEqualTo("alice@tv.example");
        assertThat(json.get("desired").get("packages")).extracting(JsonNode::asText).containsExactly("CH-BASIC", "CH-SPORTS");
        assertThat(json.get("desired").get("wholeHomeDvr").asBoolean()).isTrue();
        assertThat(json.get("observed").get("status").asText()).isEqualTo("DISABLED");
        assertThat(json.get("plan")).extracting(step -> step.get("step").asText())
                .containsExactlyElementsOf(json.get("applied").findValuesAsText("step")).contains("enable");
        assertThat(json.get("transition").asText()).isEqualTo("RESUMED");
        assertThat(json.get("reason").isNull()).isTrue();
        assertThat(json.get("message").isNull()).isTrue();
    }

    @Test
    void aFailedReconcileCarriesItsMessageAndAMissingCustomerIsNull() throws Exception {
        JsonNode json = parse(Json.of(ReconcileViews.of(new ReconcileAccountResult.Failed(ACCOUNT,
                Reconciliation.of(ENABLED, Optional.empty()), List.of(), Transition.NONE,
                new PermanentFailure("Minerva refused: unknown package CH-SPORTS")))));

        assertThat(json.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(json.get("observed").isNull()).isTrue();
        assertThat(json.get("applied")).isEmpty();
        assertThat(json.get("message").asText()).isEqualTo("Minerva refused: unknown package CH-SPORTS");
    }

    @Test
    void aBusyAccountNamesItsHolderAndTheLeaseAsAnIsoInstant() throws Exception {
        JsonNode json = parse(Json.of(ReconcileViews.busy(ACCOUNT,
                new HeldReconcile.HeldElsewhere("worker-1@host", QUEUED))));

        assertThat(json.get("outcome").asText()).isEqualTo("BUSY");
        assertThat(json.get("heldBy").asText()).isEqualTo("worker-1@host");
        assertThat(json.get("leaseUntil").asText()).isEqualTo("2026-12-01T18:05:24.250Z");
    }

    @Test
    void aParkedEntryShowsTheAttemptsMadeAndItsLastError() throws Exception {
        // Parked on its third attempt: the queue counted the two retries before it.
        QueueEntry entry = new QueueEntry(WorkKey.account(ACCOUNT), QueueState.PARKED, 2, QUEUED, QUEUED,
                Optional.empty(), Optional.empty(), Optional.of("PermanentFailure: Minerva answered 400"), List.of(7L));

        JsonNode json = parse(Json.of(List.of(ParkedView.of(entry))));

        assertThat(json.isArray()).isTrue();
        JsonNode parked = json.get(0);
        assertThat(parked.get("kind").asText()).isEqualTo("account");
        assertThat(parked.get("id").asLong()).isEqualTo(ACCOUNT);
        assertThat(parked.get("attempts").asInt()).isEqualTo(3);
        assertThat(Instant.parse(parked.get("queuedAt").asText())).isEqualTo(QUEUED);
        assertThat(parked.get("lastError").asText()).isEqualTo("PermanentFailure: Minerva answered 400");
    }

    @Test
    void migrateAndRetryParkedHaveTheirCounts() throws Exception {
        JsonNode migration = parse(Json.of(MigrationView.of(new MigrationReport(2, "20261201120000"))));
        JsonNode retried = parse(Json.of(new RetryParkedView(1, ACCOUNT)));

        assertThat(migration.get("version").asText()).isEqualTo("20261201120000");
        assertThat(migration.get("applied").asInt()).isEqualTo(2);
        assertThat(MigrationView.of(new MigrationReport(1, "20261201120000")).sentence())
                .isEqualTo("database at version 20261201120000, 1 migration applied");
        assertThat(retried.get("queued").asInt()).isEqualTo(1);
        assertThat(retried.get("account").asLong()).isEqualTo(ACCOUNT);
        assertThat(parse(Json.of(new RetryParkedView(0, null))).get("account").isNull()).isTrue();
    }

    @Test
    void anOptionalThatSlipsIntoAViewFailsInsteadOfPrintingItsInsides() {
        record Leaky(Optional<String> error) {
        }

        assertThatThrownBy(() -> Json.of(new Leaky(Optional.empty()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Leaky").hasMessageContaining("java.util.Optional");
    }

    private static JsonNode parse(String json) throws Exception {
        return READER.readTree(json);
    }
}

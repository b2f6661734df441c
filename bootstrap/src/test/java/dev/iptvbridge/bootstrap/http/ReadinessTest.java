package dev.iptvbridge.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.RemoteSystem;
import dev.iptvbridge.embedded.internal.metrics.RemoteSystemCheck;
import dev.iptvbridge.embedded.internal.runtime.CheckOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    static RemoteSystemCheck system(RemoteSystem system, String url, boolean breakerClosed) {
        return new RemoteSystemCheck(system, url, () -> breakerClosed, () -> breakerClosed ? "CLOSED" : "OPEN",
                () -> Optional.of("503 from the server"), () -> { });
    }

    static Map<String, CheckOutcome> checks(CheckOutcome portabilling, CheckOutcome minerva, CheckOutcome catalog) {
        Map<String, CheckOutcome> checks = new LinkedHashMap<>();
        checks.put("portabilling", portabilling);
        checks.put("minerva", minerva);
        checks.put("catalog", catalog);
        return checks;
    }

    static final List<RemoteSystemCheck> BOTH_CLOSED = List.of(system(RemoteSystem.PORTABILLING, "https://pb", true),
            system(RemoteSystem.MINERVA, "http://mv/api", true));

    @SuppressWarnings("unchecked")
    static Map<String, Object> check(Readiness readiness, String name) {
        return (Map<String, Object>) ((Map<String, Object>) readiness.body().get("checks")).get(name);
    }

    @Test
    void every_check_passing_is_up() {
        Readiness readiness = Readiness.of(true, true, BOTH_CLOSED, checks(new CheckOutcome.Passed(),
                new CheckOutcome.Passed(), new CheckOutcome.Passed()));

        assertThat(readiness.httpStatus()).isEqualTo(200);
        assertThat(readiness.body()).containsEntry("status", "UP");
        assertThat(check(readiness, "catalog")).containsEntry("status", "UP");
    }

    @Test
    void a_failed_credentials_check_with_a_closed_breaker_is_degraded_with_the_url_and_the_reason() {
        Readiness readiness = Readiness.of(true, true, BOTH_CLOSED, checks(new CheckOutcome.Passed(),
                new CheckOutcome.Refused("Minerva refused the bridge's credentials"), new CheckOutcome.Passed()));

        assertThat(readiness.httpStatus()).isEqualTo(200);
        assertThat(readiness.body()).containsEntry("status", "DEGRADED");
        assertThat(check(readiness, "minerva")).containsEntry("status", "DOWN").containsEntry("url", "http://mv/api")
                .hasEntrySatisfying("detail", detail -> assertThat(detail.toString())
                        .contains("check failed: Minerva refused the bridge's credentials"));
        assertThat(check(readiness, "portabilling")).containsEntry("status", "UP").doesNotContainKey("detail");
    }

    @Test
    void an_open_breaker_is_degraded_and_unknown_packages_degrade_too() {
        Readiness open = Readiness.of(true, true, List.of(system(RemoteSystem.PORTABILLING, "https://pb", false)),
                Map.of());
        Readiness catalog = Readiness.of(true, true, BOTH_CLOSED, checks(new CheckOutcome.Passed(),
                new CheckOutcome.Passed(), new CheckOutcome.Mismatch("Minerva does not know the packages [CH-X]")));

        assertThat(open.body()).containsEntry("status", "DEGRADED");
        assertThat(check(open, "portabilling").get("detail").toString()).contains("circuit breaker OPEN", "503");
        assertThat(catalog.body()).containsEntry("status", "DEGRADED");
        assertThat(check(catalog, "catalog")).containsEntry("status", "DOWN");
    }

    @Test
    void only_what_stops_events_being_stored_is_down() {
        Map<String, CheckOutcome> unchecked = checks(new CheckOutcome.Skipped("not checked yet"),
                new CheckOutcome.Skipped("not checked yet"), new CheckOutcome.Skipped("not checked yet"));

        assertThat(Readiness.of(true, true, BOTH_CLOSED, unchecked).body()).containsEntry("status", "UP");
        assertThat(Readiness.of(false, true, BOTH_CLOSED, unchecked).httpStatus()).isEqualTo(503);
        assertThat(Readiness.of(true, false, BOTH_CLOSED, unchecked).body()).containsEntry("status", "DOWN");
    }
}

package dev.iptvbridge.bootstrap.http;

import static dev.iptvbridge.bootstrap.http.ReadinessTest.BOTH_CLOSED;
import static dev.iptvbridge.bootstrap.http.ReadinessTest.check;
import static dev.iptvbridge.bootstrap.http.ReadinessTest.checks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.embedded.internal.runtime.CheckOutcome;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogReadinessTest {

    private static final Map<String, CheckOutcome> ALL_PASS = checks(new CheckOutcome.Passed(), new CheckOutcome.Passed(),
            new CheckOutcome.Passed());

    @Test
    void a_refused_catalog_file_is_degraded_and_named_with_its_reason() {
        Readiness readiness = Readiness.of(true, true, BOTH_CLOSED, ALL_PASS,
                Optional.of("catalog file catalog.yaml: product 101 names service package 'sprots', which is not defined"));

        assertThat(readiness.httpStatus()).isEqualTo(200);
        assertThat(readiness.body()).containsEntry("status", "DEGRADED");
        assertThat(check(readiness, "catalog-reload")).containsEntry("status", "DOWN")
                .hasEntrySatisfying("detail", detail -> assertThat(detail.toString())
                        .contains("previous catalog stays in use", "'sprots'"));
    }

    @Test
    void no_refusal_shows_no_catalog_reload_check() {
        Readiness readiness = Readiness.of(true, true, BOTH_CLOSED, ALL_PASS, Optional.empty());

        assertThat(readiness.body()).containsEntry("status", "UP");
        assertThat(check(readiness, "catalog-reload")).isNull();
    }
}

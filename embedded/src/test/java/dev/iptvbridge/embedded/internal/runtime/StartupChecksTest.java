package dev.iptvbridge.embedded.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.ServicePackage;
import dev.iptvbridge.embedded.config.ConfigException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class StartupChecksTest {

    static final String PB = "https://pb.example.net";
    static final String MV = "http://minerva.example.net/api/v1";
    static final Catalog CATALOG = new Catalog(Map.of("basic", ServicePackage.of("basic", Set.of("CH-BASIC", "CH-NEWS"),
            false)), Map.of(101L, List.of("basic")), Map.of());
    static final Supplier<List<IptvPackage>> BOTH = () -> List.of(new IptvPackage("CH-BASIC", "Basic", "CHANNEL"),
            new IptvPackage("CH-NEWS", "News", "CHANNEL"));

    @Test
    void both_systems_taking_the_credentials_and_a_known_catalog_pass() {
        StartupChecks checks = new StartupChecks(PB, () -> { }, MV, BOTH, CATALOG);

        checks.verifyAtStart();

        assertThat(checks.outcomes().values()).extracting(CheckOutcome::status).containsExactly("UP", "UP", "UP");
    }

    @Test
    void refused_credentials_stop_the_start_naming_the_system_its_url_and_the_fix() {
        StartupChecks checks = new StartupChecks(PB, () -> {
            throw new PermanentFailure("PortaBilling refused the login of user 'bridge' (wrong password)");
        }, MV, () -> {
            throw new PermanentFailure("list Minerva packages: Minerva refused the bridge's credentials");
        }, CATALOG);

        assertThatThrownBy(checks::verifyAtStart).isInstanceOf(ConfigException.class)
                .satisfies(thrown -> assertThat(((ConfigException) thrown).problems()).satisfiesExactly(
                        pb -> assertThat(pb).contains("portabilling at " + PB, "refused the login",
                                "portabilling.password", "IPTV_BRIDGE_PORTABILLING_PASSWORD"),
                        mv -> assertThat(mv).contains("minerva at " + MV, "refused the bridge's credentials",
                                "minerva.password", "IPTV_BRIDGE_MINERVA_PASSWORD")));
    }

    @Test
    void a_system_that_cannot_be_reached_lets_the_start_go_on_and_shows_down() {
        StartupChecks checks = new StartupChecks(PB, () -> { }, MV, () -> {
            throw new TransientFailure("list Minerva packages: Minerva could not be reached (connection refused)", null);
        }, CATALOG);

        checks.verifyAtStart();

        assertThat(checks.outcomes().get("portabilling").status()).isEqualTo("UP");
        assertThat(checks.outcomes().get("minerva").status()).isEqualTo("DOWN");
        assertThat(StartupChecks.detail(checks.outcomes().get("minerva"))).contains("connection refused");
        assertThat(checks.outcomes().get("catalog").status()).isEqualTo("UNKNOWN");
    }

    @Test
    void packages_the_catalog_names_and_minerva_lacks_are_named_without_stopping_the_start() {
        StartupChecks checks = new StartupChecks(PB, () -> { }, MV,
                () -> List.of(new IptvPackage("CH-BASIC", "Basic", "CHANNEL")), CATALOG);

        checks.verifyAtStart();

        CheckOutcome catalog = checks.outcomes().get("catalog");
        assertThat(catalog.status()).isEqualTo("DOWN");
        assertThat(StartupChecks.detail(catalog)).contains("[CH-NEWS]").doesNotContain("CH-BASIC,");
    }

    @Test
    void a_later_check_sees_a_system_come_back() {
        boolean[] down = {true};
        StartupChecks checks = new StartupChecks(PB, () -> { }, MV, () -> {
            if (down[0]) {
                throw new TransientFailure("Minerva could not be reached", null);
            }
            return BOTH.get();
        }, CATALOG);
        checks.verifyAtStart();
        down[0] = false;

        checks.checkMinerva();

        assertThat(checks.outcomes().values()).extracting(CheckOutcome::status).containsExactly("UP", "UP", "UP");
    }
}

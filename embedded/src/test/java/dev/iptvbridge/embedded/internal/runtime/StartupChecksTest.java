package dev.iptvbridge.embedded.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.in.CatalogCheckResult;
import dev.iptvbridge.application.port.in.CatalogFinding;
import dev.iptvbridge.application.port.in.CatalogPlace;
import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.embedded.config.CatalogCheckMode;
import dev.iptvbridge.embedded.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupChecksTest {

    static final String PB = "https://pb.example.net";
    static final String MV = "http://minerva.example.net/api/v1";
    static final Supplier<List<IptvPackage>> BOTH = () -> List.of(new IptvPackage("CH-BASIC", "Basic", "CHANNEL"),
            new IptvPackage("CH-NEWS", "News", "CHANNEL"));
    static final CatalogCheckResult FITS = new CatalogCheckResult(List.of(), List.of());
    static final CatalogCheckResult UNKNOWN_PACKAGE = new CatalogCheckResult(List.of(new CatalogFinding(true,
            CatalogPlace.item("servicePackages", "basic", "CH-NOPE"), "service package 'basic' names Minerva package "
            + "'CH-NOPE', which Minerva does not have", "correct the id")), List.of(new CatalogFinding(false,
            CatalogPlace.key("servicePackages", "spare"), "service package 'spare' is carried by no product", "name it")));

    @TempDir
    Path directory;

    private CatalogStartCheck catalog(Supplier<CatalogCheckResult> check, CatalogCheckMode mode) throws Exception {
        Path file = directory.resolve("catalog.yaml");
        Files.writeString(file, "servicePackages:\n  basic:\n    minervaPackages:\n      - CH-BASIC\n      - CH-NOPE\n"
                + "  spare: {minervaPackages: [CH-NEWS]}\nproducts:\n  \"101\": [basic]\n");
        return new CatalogStartCheck(check, file, mode);
    }

    @Test
    void both_systems_taking_the_credentials_and_a_fitting_catalog_pass() throws Exception {
        StartupChecks checks = new StartupChecks(PB, () -> { }, MV, BOTH, catalog(() -> FITS, CatalogCheckMode.FAIL));

        checks.verifyAtStart();

        assertThat(checks.outcomes().values()).extracting(CheckOutcome::status).containsExactly("UP", "UP", "UP");
    }

    @Test
    void refused_credentials_stop_the_start_naming_the_system_its_url_and_the_fix() throws Exception {
        StartupChecks checks = new StartupChecks(PB, () -> {
            throw new PermanentFailure("PortaBilling refused the login of user 'bridge' (wrong password)");
        }, MV, () -> {
            throw new PermanentFailure("list Minerva packages: Minerva refused the bridge's credentials");
        }, catalog(() -> FITS, CatalogCheckMode.FAIL));

        assertThatThrownBy(checks::verifyAtStart).isInstanceOf(ConfigException.class)
                .satisfies(thrown -> assertThat(((ConfigException) thrown).problems()).satisfiesExactly(
                        pb -> assertThat(pb).contains("portabilling at " + PB, "refused the login",
                                "portabilling.password", "IPTV_BRIDGE_PORTABILLING_PASSWORD"),
                        mv -> assertThat(mv).contains("minerva at " + MV, "refused the bridge's credentials",
                                "minerva.password", "IPTV_BRIDGE_MINERVA_PASSWORD")));
    }

    @Test
    void a_system_that_cannot_be_reached_lets_the_start_go_on_and_shows_the_catalog_not_checked() throws Exception {
        TransientFailure down = new TransientFailure("list Minerva packages: Minerva could not be reached "
                + "(connection refused)", null);
        StartupChecks checks = new StartupChecks(PB, () -> { }, MV, () -> {
            throw down;
        }, catalog(() -> {
            throw down;
        }, CatalogCheckMode.FAIL));

        checks.verifyAtStart();

        assertThat(checks.outcomes().get("portabilling").status()).isEqualTo("UP");
        assertThat(checks.outcomes().get("minerva").status()).isEqualTo("DOWN");
        assertThat(StartupChecks.detail(checks.outcomes().get("minerva"))).contains("connection refused");
        assertThat(checks.outcomes().get("catalog").status()).isEqualTo("DOWN");
        assertThat(StartupChecks.detail(checks.outcomes().get("catalog"))).startsWith("not checked: ")
                .contains("connection refused", "checked again");
    }

    @Test
    void catalog_errors_stop_the_start_with_their_lines_and_the_fix() throws Exception {
        StartupChecks checks = new StartupChecks(PB, () -> { }, MV, BOTH,
                catalog(() -> UNKNOWN_PACKAGE, CatalogCheckMode.FAIL));

        assertThatThrownBy(checks::verifyAtStart).isInstanceOf(ConfigException.class)
                .satisfies(thrown -> assertThat(((ConfigException) thrown).problems()).satisfiesExactly(
                        error -> assertThat(error).startsWith("catalog.yaml:5: error: service package 'basic' names "
                                + "Minerva package 'CH-NOPE'").contains("Fix: correct the id"),
                        fix -> assertThat(fix).contains("catalog check", "catalogCheck: warn")));
    }

    @Test
    void with_catalog_check_warn_errors_let_the_start_go_on_and_show_down() throws Exception {
        StartupChecks checks = new StartupChecks(PB, () -> { }, MV, BOTH,
                catalog(() -> UNKNOWN_PACKAGE, CatalogCheckMode.WARN));

        checks.verifyAtStart();

        CheckOutcome catalog = checks.outcomes().get("catalog");
        assertThat(catalog.status()).isEqualTo("DOWN");
        assertThat(StartupChecks.detail(catalog)).contains("1 error(s)", "catalog.yaml:5", "CH-NOPE")
                .doesNotContain("spare");
    }

    @Test
    void a_later_check_sees_a_system_come_back() throws Exception {
        boolean[] down = {true};
        StartupChecks checks = new StartupChecks(PB, () -> { }, MV, () -> {
            if (down[0]) {
                throw new TransientFailure("Minerva could not be reached", null);
            }
            return BOTH.get();
        }, catalog(() -> {
            if (down[0]) {
                throw new TransientFailure("Minerva could not be reached", null);
            }
            return FITS;
        }, CatalogCheckMode.FAIL));
        checks.verifyAtStart();
        down[0] = false;

        checks.checkMinerva();
        checks.checkCatalog();

        assertThat(checks.outcomes().values()).extracting(CheckOutcome::status).containsExactly("UP", "UP", "UP");
    }
}

package dev.iptvbridge.bootstrap.cli;

import static dev.iptvbridge.bootstrap.cli.CommandLineOutputTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChargesCommandTest {

    @Test
    void chargesAndRetryChargesAreListedAndOfferBothFormats() {
        assertThat(run("--help").out()).contains("charges", "retry-charges");
        for (String command : new String[] {"charges", "retry-charges"}) {
            assertThat(run(command, "--help").out()).as(command).contains("--format=table|json");
        }
    }

    @Test
    void anUnknownStateIsAUsageErrorNamingTheStatesThereAre() {
        CommandLineOutputTest.Run run = run("charges", "--state", "lost", "--config", "no-such-file.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--state 'lost' is not a state of the ledger", "parked", "charging");
    }

    @Test
    void aLimitBelowOneIsAUsageError() {
        CommandLineOutputTest.Run run = run("charges", "--limit", "0", "--config", "no-such-file.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--limit must be 1 or more");
    }
}

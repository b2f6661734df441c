package dev.iptvbridge.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the command line answers before it opens anything: usage errors, and the help listing. */
class CommandLineOutputTest {

    @Test
    void parkedWithALimitBelowOneIsAUsageErrorThatSaysWhy() {
        for (String limit : new String[] {"0", "-3"}) {
            Run run = run("parked", "--limit", limit, "--config", "no-such-file.yaml");

            assertThat(run.exitCode).as("--limit %s", limit).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err).contains("--limit must be 1 or more (it was " + limit + ")");
            assertThat(run.out).isEmpty();
        }
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheFormatsThereAre() {
        Run run = run("parked", "--format", "xml", "--config", "no-such-file.yaml");

        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("'xml' is not an output format: use table or json");
    }

    @Test
    void everyCommandThatPrintsAResultOffersBothFormatsAndTheListingStays() {
        assertThat(run("--help").out).contains("run", "sandbox", "reconcile", "reconcile-all", "explain", "parked",
                "retry-parked", "migrate");
        for (String command : new String[] {"reconcile", "reconcile-all", "parked", "retry-parked", "migrate"}) {
            assertThat(run(command, "--help").out).as(command).contains("--format=table|json");
        }
    }

    @Test
    void aTableAlignsItsColumnsAndKeepsEachRowOnOneLine() {
        String table = new Table("ACCOUNT", "ATTEMPTS", "LAST ERROR").row("1000889", "3", "first line\n  second")
                .row("customer 7", "10", null).toString();

        assertThat(table).isEqualTo("ACCOUNT     ATTEMPTS  LAST ERROR\n"
                + "1000889     3         first line second\n"
                + "customer 7  10        -\n");
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}

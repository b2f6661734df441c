package dev.iptvbridge.sandbox.minerva;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MinervaSimulatorCommandTest {

    @Test
    void helpListsEveryOption() {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new MinervaSimulatorCommand()).setOut(new PrintWriter(out));

        int exit = command.execute("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("minerva-sim", "--port", "--username", "--password", "--scenario",
                "--latency-ms", "9090", "--generate", "--expected-drift");
    }

    @Test
    void aNegativeLatencyIsRefusedBeforeStarting() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new MinervaSimulatorCommand()).setErr(new PrintWriter(err));

        int exit = command.execute("--port", "0", "--latency-ms", "-5");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--latency-ms must be 0 or more");
    }

    @Test
    void aWrongWorldIsRefusedBeforeStarting() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new MinervaSimulatorCommand()).setErr(new PrintWriter(err));

        int exit = command.execute("--port", "0", "--generate", "accounts=10,drifted=0.1");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--generate: unknown kind of drift 'drifted'");
    }
}

package dev.iptvbridge.sandbox.portabilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PortaBillingSimulatorCommandTest {

    @Test
    void helpListsTheOptions() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new PortaBillingSimulatorCommand()).setOut(new PrintWriter(out)).execute("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("portabilling-sim", "--port", "--login", "--password", "--scenario", "--webhook-url",
                "--webhook-username", "--webhook-password", "--webhook-header", "--event-family", "--generate", "--expected-drift",
                "--latency-ms");
    }

    @Test
    void anUnknownEventFamilyIsRefusedBeforeStarting() {
        int code = new CommandLine(new PortaBillingSimulatorCommand()).execute("--event-family", "v2", "--port", "0");

        assertThat(code).isEqualTo(2);
    }

    @Test
    void aWrongWorldOrLatencyIsRefusedBeforeStarting() {
        assertThat(new CommandLine(new PortaBillingSimulatorCommand()).execute("--port", "0", "--generate", "seed=3")).isEqualTo(2);
        assertThat(new CommandLine(new PortaBillingSimulatorCommand()).execute("--port", "0", "--latency-ms", "-1")).isEqualTo(2);
    }
}

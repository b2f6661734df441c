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
                "--webhook-username", "--webhook-password", "--webhook-header", "--event-family");
    }

    @Test
    void anUnknownEventFamilyIsRefusedBeforeStarting() {
        int code = new CommandLine(new PortaBillingSimulatorCommand()).execute("--event-family", "v2", "--port", "0");

        assertThat(code).isEqualTo(2);
    }
}

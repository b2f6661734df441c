package dev.iptvbridge.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareOptionsTest {

    @Test
    void theDefaultsAreAMillionAccountsA256MegabyteBridgeAnd20Milliseconds() {
        CompareOptions options = CompareOptions.parse(new String[0]);

        assertThat(options.accounts()).isEqualTo(1_000_000);
        assertThat(options.heap()).isEqualTo("256m");
        assertThat(options.latencyMs()).isEqualTo(20);
        assertThat(options.pageReads()).isEqualTo(2);
        assertThat(options.database()).isEqualTo("h2");
        assertThat(options.worldSpec()).startsWith("accounts=1000000,seed=42,missing=0.001");
    }

    @Test
    void optionsSetTheWorldTheLatencyAndTheBridgesConfiguration() {
        CompareOptions options = CompareOptions.parse(new String[] {"--accounts", "20_000", "--seed", "7", "--drift", "orphan=0.01",
            "--latency-ms", "0", "--page-reads", "8", "--profile", "--set", "workers=2", "--database", "postgres"});

        assertThat(options.worldSpec()).isEqualTo("accounts=20000,seed=7,orphan=0.01");
        assertThat(options.latencyMs()).isZero();
        assertThat(options.pageReads()).isEqualTo(8);
        assertThat(options.profile()).isTrue();
        assertThat(options.database()).isEqualTo("postgres");
        assertThat(options.settings()).isEqualTo(Map.of("workers", "2"));
    }

    @Test
    void aWrongOptionSaysHowToWriteIt() {
        assertThatThrownBy(() -> CompareOptions.parse(new String[] {"--accounts"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CompareOptions.parse(new String[] {"--accounts", "many"})).hasMessageContaining("whole number");
        assertThatThrownBy(() -> CompareOptions.parse(new String[] {"--size", "3"})).hasMessageContaining("unknown option '--size'");
        assertThatThrownBy(() -> CompareOptions.parse(new String[] {"--set", "workers"})).hasMessageContaining("key=value");
        assertThatThrownBy(() -> CompareOptions.parse(new String[] {"--page-reads", "0"})).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> CompareOptions.parse(new String[] {"--database", "mysql"})).hasMessageContaining("h2 or postgres");
    }

    @Test
    void thePeakHeapIsTheMostInUseBeforeACollectionOrAtExit(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("gc.log"), """
                [0.004s][info][gc] Using G1
                [0.731s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 13M->6M(256M) 5.645ms
                [19.851s][info][gc] GC(15) Pause Young (Normal) (G1 Evacuation Pause) 113M->25M(155M) 53.382ms
                [20.000s][info][gc,heap,exit]  garbage-first heap   total 158720K, used 92160K [0x00000000f0000000, 0x0000000100000000)
                """);

        assertThat(BridgeRun.peakHeapMb(log)).isEqualTo(113);
        assertThat(BridgeRun.peakHeapMb(dir.resolve("none.log"))).isZero();
    }
}

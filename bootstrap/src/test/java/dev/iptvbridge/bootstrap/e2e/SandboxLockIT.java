package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.bootstrap.cli.ExitCodes;
import dev.iptvbridge.bootstrap.demo.DataDirectoryInUseException;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One sandbox per data directory: a second one is told that one runs there, and about --data. */
class SandboxLockIT {

    @TempDir
    Path data;

    @Test
    void a_second_sandbox_on_the_same_data_directory_says_one_runs_there_and_names_data() throws Exception {
        try (SandboxWorld first = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "0s")))) {
            Path jar = Path.of("target", "iptv-bridge.jar");
            assertThat(jar).as("the shaded jar is built in the package phase").exists();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process second = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "sandbox", "--http-port", "0",
                    "--portabilling-port", "0", "--minerva-port", "0", "--data", data.toString()).start();
            assertThat(second.waitFor(90, TimeUnit.SECONDS)).as("the second sandbox gives up at once").isTrue();
            String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(second.exitValue()).as(err).isEqualTo(ExitCodes.TRY_AGAIN);
            assertThat(err).contains("another sandbox is running on " + data.toAbsolutePath(),
                    "pid " + ProcessHandle.current().pid(), "--data DIR");
            assertThat(first.bridge().daemon()).isNotNull();
        }
    }

    @Test
    void the_directory_is_free_again_once_the_sandbox_stopped_and_taken_while_it_runs() {
        Map<String, String> quiet = Map.of("maintenance.sweepInterval", "0s");
        try (SandboxWorld first = SandboxWorld.start(SandboxOptions.ephemeral(data, quiet))) {
            assertThatThrownBy(() -> SandboxWorld.start(SandboxOptions.ephemeral(data, quiet)))
                    .isInstanceOf(DataDirectoryInUseException.class).hasMessageContaining("--data DIR");
        }
        SandboxWorld.start(SandboxOptions.ephemeral(data, quiet)).close();
    }
}

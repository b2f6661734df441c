package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static dev.iptvbridge.persistence.Fixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.WorkKey;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An H2 file database stays usable by a second pool and by the operator's tools in another JVM. */
class H2AutoServerIT {

    @Test
    void twoDatabasesAndAnotherProcessShareOneH2File() throws Exception {
        DatabaseSettings settings = TestH2.freshFile();
        try (Database daemon = Database.open(settings); Database other = Database.open(settings)) {
            daemon.migrate();
            new PersistenceAdapter(daemon).store(event(1, 7, T0));

            assertThat(new PersistenceAdapter(other).find(WorkKey.account(7))).isPresent();
            assertThat(other.isReady()).isTrue();
            assertThat(queryFromAnotherProcess(settings.url(), "SELECT COUNT(*) AS N FROM inbox_event"))
                    .contains("1");
        }
    }

    // The operator's view: H2's own shell, started as a separate JVM while the pools hold the file.
    private static String queryFromAnotherProcess(String url, String sql) throws Exception {
        Process shell = new ProcessBuilder(H2ServerProcess.java(), "-Dh2.bindAddress=127.0.0.1", "-cp",
                H2ServerProcess.h2Jar(), "org.h2.tools.Shell",
                "-url", url + ";AUTO_SERVER=TRUE", "-user", "sa", "-password", "", "-sql", sql)
                .redirectErrorStream(true).start();
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).as("the H2 shell finished").isTrue();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.exitValue()).as("H2 shell output: %s", output).isZero();
        return output;
    }
}

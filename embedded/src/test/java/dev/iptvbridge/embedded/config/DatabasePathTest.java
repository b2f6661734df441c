package dev.iptvbridge.embedded.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A relative H2 path in database.url is relative to the configuration file, as the catalog's is. */
class DatabasePathTest {

    @TempDir
    Path directory;

    @Test
    void a_relative_h2_file_is_found_beside_the_configuration_file_wherever_the_bridge_was_started() throws IOException {
        Path etc = Files.createDirectories(directory.resolve("etc"));
        Path file = etc.resolve("iptv-bridge.yaml");
        Files.writeString(etc.resolve("catalog.yaml"), "servicePackages: {}\nproducts: {}\naddons: {}\n");
        Files.writeString(file, ConfigLoaderTest.VALID + "database: {url: \"jdbc:h2:file:./data/bridge;MODE=Regular\"}\n");

        BridgeConfig config = ConfigLoader.load(file, Map.of());

        assertThat(config.database().url()).isEqualTo("jdbc:h2:file:" + etc.resolve("data/bridge") + ";MODE=Regular");
        assertThat(config.catalog()).isEqualTo(etc.resolve("catalog.yaml"));
    }

    @Test
    void relative_paths_of_every_spelling_resolve_and_other_urls_stay_as_written() {
        Path base = Path.of("/etc/iptv-bridge");

        assertThat(H2Paths.relativeTo(base, "jdbc:h2:./db")).isEqualTo("jdbc:h2:file:/etc/iptv-bridge/db");
        assertThat(H2Paths.relativeTo(base, "jdbc:h2:file:data/db")).isEqualTo("jdbc:h2:file:/etc/iptv-bridge/data/db");
        assertThat(H2Paths.relativeTo(base, "jdbc:h2:file:../var/db;AUTO_SERVER=FALSE"))
                .isEqualTo("jdbc:h2:file:/etc/var/db;AUTO_SERVER=FALSE");
        assertThat(H2Paths.relativeTo(base, "jdbc:h2:file:/var/lib/db")).isEqualTo("jdbc:h2:file:/var/lib/db");
        assertThat(H2Paths.relativeTo(base, "jdbc:h2:~/db")).isEqualTo("jdbc:h2:~/db");
        assertThat(H2Paths.relativeTo(base, "jdbc:h2:C:/db")).isEqualTo("jdbc:h2:C:/db");
        assertThat(H2Paths.relativeTo(base, "jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(H2Paths.relativeTo(base, "jdbc:h2:tcp://localhost/db")).isEqualTo("jdbc:h2:tcp://localhost/db");
        assertThat(H2Paths.relativeTo(base, "jdbc:postgresql://db:5432/bridge")).isEqualTo("jdbc:postgresql://db:5432/bridge");
    }

    @Test
    void an_environment_override_follows_the_same_rule() throws IOException {
        Files.writeString(directory.resolve("catalog.yaml"), "servicePackages: {}\nproducts: {}\naddons: {}\n");
        Path file = Files.writeString(directory.resolve("iptv-bridge.yaml"), ConfigLoaderTest.VALID);

        BridgeConfig config = ConfigLoader.load(file, Map.of("IPTV_BRIDGE_DATABASE_URL", "jdbc:h2:file:./other"));

        assertThat(config.database().url()).isEqualTo("jdbc:h2:file:" + directory.resolve("other"));
    }
}

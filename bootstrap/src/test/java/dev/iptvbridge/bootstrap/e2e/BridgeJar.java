package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code java -jar target/iptv-bridge.jar ...} in a JVM of its own, as an operator runs it. */
final class BridgeJar {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    record Exit(int code, String output) {
    }

    private BridgeJar() {
    }

    static ProcessBuilder command(Map<String, String> environment, Path log, String... args) {
        Path jar = Path.of("target", "iptv-bridge.jar");
        assertThat(jar).as("the shaded jar is built in the package phase").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        return builder;
    }

    /** Runs a command that is expected to end by itself. */
    static Exit run(Map<String, String> environment, Path log, String... args) throws Exception {
        Process process = command(environment, log, args).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("iptv-bridge " + String.join(" ", args) + " did not end; see " + log);
        }
        return new Exit(process.exitValue(), Files.readString(log));
    }

    /** Starts the daemon and waits until {@code /health/ready} answers at all. */
    static Process startDaemon(Map<String, String> environment, Path log, int port, String... args) throws Exception {
        Process process = command(environment, log, args).start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the daemon exited with " + process.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                return ready(port).statusCode() > 0;
            } catch (IOException notYet) {
                return false;
            }
        });
        return process;
    }

    static HttpResponse<String> ready(int port) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

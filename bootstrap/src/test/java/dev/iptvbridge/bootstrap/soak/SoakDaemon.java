package dev.iptvbridge.bootstrap.soak;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One daemon in a JVM of its own ({@code run --config}), so that the soak can kill it like a power cut. */
final class SoakDaemon {

    private final String name;
    private final Path config;
    private final int port;
    private final Path log;
    private volatile Process process;

    SoakDaemon(String name, Path config, int port, Path log) {
        this.name = name;
        this.config = config;
        this.port = port;
        this.log = log;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /**
     * Starts the daemon and waits until it is ready. Like a supervisor (systemd's {@code Restart=on-failure}),
     * starts it again when it exits on its own, as it does when the database is down at start.
     */
    void start() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                startOnce();
                return;
            } catch (IllegalStateException exited) {
                if (attempt == 10 || process.isAlive()) {
                    throw exited;
                }
                Thread.sleep(5_000);
            }
        }
    }

    private void startOnce() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                "dev.iptvbridge.bootstrap.cli.Main", "run", "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("daemon " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build();
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("daemon " + name + " not ready within 120 s; see " + log);
    }

    /** Like a power cut: SIGKILL, no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** For the harness's shutdown hook: whatever state the daemon is in, it ends with the harness. */
    void killQuietly() {
        Process current = process;
        if (current != null) {
            current.destroyForcibly();
        }
    }

    /** Like SIGTERM at the end of the run. */
    void stop() throws InterruptedException {
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroy();
            if (!current.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                current.destroyForcibly().waitFor();
            }
        }
    }

    /** Heap in use in MB, read with {@code jstat -gc}; -1 when the daemon is down or jstat is missing. */
    long heapMegabytes() {
        Process current = process;
        if (current == null || !current.isAlive()) {
            return -1;
        }
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        try {
            Process probe = new ProcessBuilder(jstat.toString(), "-gc", String.valueOf(current.pid()))
                    .redirectErrorStream(true).start();
            List<String> lines = new String(probe.getInputStream().readAllBytes()).lines().toList();
            probe.waitFor();
            if (lines.size() < 2) {
                return -1;
            }
            List<String> head = List.of(lines.get(0).trim().split("\\s+"));
            String[] values = lines.get(1).trim().split("\\s+");
            double used = 0;
            for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                used += Double.parseDouble(values[head.indexOf(column)]);
            }
            return Math.round(used / 1024);
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

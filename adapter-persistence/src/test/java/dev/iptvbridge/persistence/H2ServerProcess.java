package dev.iptvbridge.persistence;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** An H2 TCP server in its own JVM on 127.0.0.1, as an operator would run one; stopping it kills that JVM. */
final class H2ServerProcess implements AutoCloseable {

    private final Process process;

    private H2ServerProcess(Process process) {
        this.process = process;
    }

    static H2ServerProcess start(Path baseDirectory, int port) throws Exception {
        Process process = new ProcessBuilder(java(), "-Dh2.bindAddress=127.0.0.1", "-cp", h2Jar(), "org.h2.tools.Server",
                "-tcp", "-tcpPort", String.valueOf(port), "-baseDir", baseDirectory.toString(), "-ifNotExists")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        H2ServerProcess server = new H2ServerProcess(process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return server;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The H2 server on port " + port + " exited with " + process.exitValue());
                }
                Thread.sleep(50);
            }
        }
        server.close();
        throw new IllegalStateException("The H2 server did not listen on port " + port + " within 30 s");
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String h2Jar() throws Exception {
        return new File(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    }

    /** Stops the server the way a shutdown does (its JVM closes the database on the way out). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}

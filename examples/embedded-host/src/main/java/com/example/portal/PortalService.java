package com.example.portal;

import com.sun.net.httpserver.HttpServer;
import dev.iptvbridge.embedded.IptvBridgeHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A minimal host service (think: a self-care portal) with the bridge inside it, on the JDK's own HTTP
 * server. It mounts PortaBilling's ESPF webhook and a health check on its own routes; the bridge's
 * workers run on their own threads beside the server's.
 */
public final class PortalService implements AutoCloseable {

    private final IptvBridgeHost bridge;
    private final HttpServer server;

    private PortalService(IptvBridgeHost bridge, HttpServer server) {
        this.bridge = bridge;
        this.server = server;
    }

    /**
     * @param config      the bridge's YAML configuration
     * @param environment {@code IPTV_BRIDGE_*} overrides of its keys (for instance {@code System.getenv()})
     * @param port        the port to listen on; 0 picks a free one
     */
    public static PortalService start(Path config, Map<String, String> environment, int port) {
        IptvBridgeHost bridge = IptvBridgeHost.builder().configFile(config, environment).build();
        try {
            bridge.startWorkers(); // migrates the schema first, then starts the workers; returns at once
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/espf/events", new EspfRoute(bridge));
            server.createContext("/health", new HealthRoute(bridge));
            server.setExecutor(Executors.newFixedThreadPool(4)); // the webhook blocks for one transaction
            server.start();
            return new PortalService(bridge, server);
        } catch (IOException | RuntimeException failure) {
            bridge.close();
            throw failure instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) failure;
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public IptvBridgeHost bridge() {
        return bridge;
    }

    /** Stops taking requests first, then the bridge (which answers late webhooks 503 and lets the workers finish). */
    @Override
    public void close() {
        server.stop(1);
        bridge.close();
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PortalService CONFIG.yaml PORT");
            System.exit(2);
        }
        PortalService service = start(Path.of(args[0]), System.getenv(), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "portal-shutdown"));
        System.out.println("portal listening on port " + service.port() + "; ESPF webhook at /espf/events");
    }
}

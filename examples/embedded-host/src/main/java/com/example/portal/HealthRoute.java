package com.example.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.iptvbridge.embedded.BridgeHealth;
import dev.iptvbridge.embedded.IptvBridgeHost;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code GET /health}: 200 when the bridge's database is ready and its workers run, 503 otherwise. */
final class HealthRoute implements HttpHandler {

    private final IptvBridgeHost bridge;

    HealthRoute(IptvBridgeHost bridge) {
        this.bridge = bridge;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        BridgeHealth health = bridge.health();
        byte[] body = ("{\"status\":\"" + (health.up() ? "UP" : "DOWN") + "\",\"database\":" + health.databaseReady()
                + ",\"workers\":" + health.workersRunning() + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(health.up() ? 200 : 503, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

package com.example.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.iptvbridge.embedded.EspfHttpRequest;
import dev.iptvbridge.embedded.EspfHttpResponse;
import dev.iptvbridge.embedded.IptvBridgeHost;
import java.io.IOException;
import java.io.OutputStream;

/** {@code POST /espf/events}: headers and body to the bridge, its answer back as it is. */
final class EspfRoute implements HttpHandler {

    private final IptvBridgeHost bridge;

    EspfRoute(IptvBridgeHost bridge) {
        this.bridge = bridge;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
            return;
        }
        EspfHttpResponse answer = bridge.handleEspf(EspfHttpRequest.ofMultiValued(exchange.getRequestHeaders(),
                exchange.getRequestBody().readAllBytes(), String.valueOf(exchange.getRemoteAddress())));
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        byte[] body = answer.bodyBytes();
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

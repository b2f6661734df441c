package dev.iptvbridge.bootstrap.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** Basic authentication of the admin endpoints, compared in constant time. */
final class AdminAuth {

    private final byte[] expected;

    AdminAuth(String username, String password) {
        this.expected = ("Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
    }

    boolean allows(Context ctx) {
        String given = ctx.header("Authorization");
        return given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers 401 with the challenge a browser or Prometheus understands. */
    void refuse(Context ctx) {
        ctx.status(401).header("WWW-Authenticate", "Basic realm=\"iptv-bridge admin\"")
                .json(java.util.Map.of("error", "admin credentials required (admin.username / admin.password)"));
    }
}

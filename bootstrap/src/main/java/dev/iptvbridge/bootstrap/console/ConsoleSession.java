package dev.iptvbridge.bootstrap.console;

import java.time.Instant;

/**
 * A signed-in operator: the cookie's id, the name audits carry, the token every form must send back.
 */
record ConsoleSession(String id, String username, String csrf, Instant expiresAt) {
}

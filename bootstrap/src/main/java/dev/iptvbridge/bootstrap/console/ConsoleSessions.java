package dev.iptvbridge.bootstrap.console;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions in memory: a restart signs everyone out, which is what a daemon's console can afford. */
final class ConsoleSessions {

    static final Duration IDLE = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ConsoleSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    ConsoleSessions(Clock clock) {
        this.clock = clock;
    }

    ConsoleSession open(String username) {
        sessions.values().removeIf(old -> old.expiresAt().isBefore(clock.instant()));
        ConsoleSession session = new ConsoleSession(token(), username, token(), clock.instant().plus(IDLE));
        sessions.put(session.id(), session);
        return session;
    }

    Optional<ConsoleSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(sessions.get(id)).filter(found -> found.expiresAt().isAfter(clock.instant()));
    }

    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

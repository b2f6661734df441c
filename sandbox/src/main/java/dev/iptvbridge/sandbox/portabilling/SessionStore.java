package dev.iptvbridge.sandbox.portabilling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API sessions: login (password or API token), refresh, expiry at {@code expires_at} and
 * after the idle lifetime without use. Tokens look like JWTs but are only random handles.
 */
final class SessionStore {

    /** A live session; {@code lastUse} moves on every authorised call. */
    static final class Session {
        final String accessToken;
        final String sessionId;
        final Instant expiresAt;
        volatile Instant lastUse;

        Session(String accessToken, String sessionId, Instant expiresAt, Instant lastUse) {
            this.accessToken = accessToken;
            this.sessionId = sessionId;
            this.expiresAt = expiresAt;
            this.lastUse = lastUse;
        }
    }

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PortaBillingSimulatorSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();
    private final Map<String, Session> bySessionId = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();

    SessionStore(PortaBillingSimulatorSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Map<String, Object> login(Map<String, Object> params) {
        requireCredentials(params);
        return issue();
    }

    /** Checks login with password or API token, without opening a session (form-encoded {@code auth_info}). */
    void requireCredentials(Map<String, Object> params) {
        String login = Params.optionalText(params, "login").orElse("");
        Optional<String> secret = Params.optionalText(params, "password").or(() -> Params.optionalText(params, "token"));
        if (!constantTimeEquals(login, settings.login()) || secret.isEmpty()
                || !constantTimeEquals(secret.get(), settings.password())) {
            throw new Fault(Fault.AUTH_FAILED, "login failed: check the login and the password (or API token)");
        }
    }

    Map<String, Object> refresh(Map<String, Object> params) {
        String refreshToken = Params.optionalText(params, "refresh_token")
                .orElseThrow(() -> Fault.badRequest("'refresh_token' is required: give the refresh_token of Session/login"));
        if (refreshTokens.remove(refreshToken) == null) {
            throw new Fault(Fault.AUTH_FAILED, "refresh token unknown or already used: log in again with Session/login");
        }
        return issue();
    }

    void logout(String accessToken) {
        Session session = byToken.remove(accessToken);
        if (session != null) {
            bySessionId.remove(session.sessionId);
        }
    }

    /** The live session of this access token or session id, touched; a fault when unknown or expired. */
    Session authorise(String accessToken, String sessionId) {
        Session session = accessToken != null ? byToken.get(accessToken) : sessionId != null ? bySessionId.get(sessionId) : null;
        Instant now = clock.instant();
        if (session == null) {
            throw new Fault(Fault.CHECK_AUTH_FAILED, "access token or session unknown: log in with Session/login");
        }
        if (!now.isBefore(session.expiresAt) || now.isAfter(session.lastUse.plus(settings.idleLifetime()))) {
            logout(session.accessToken);
            throw new Fault(Fault.CHECK_AUTH_FAILED, "access token expired: log in again with Session/login");
        }
        session.lastUse = now;
        return session;
    }

    /** Access tokens and session ids stop working at once; refresh tokens still work. */
    void expireAll() {
        byToken.clear();
        bySessionId.clear();
    }

    void clear() {
        expireAll();
        refreshTokens.clear();
    }

    private Map<String, Object> issue() {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.tokenLifetime());
        String sessionId = hex(16);
        String header = URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = URL.encodeToString(("{\"sub\":\"" + settings.login() + "\",\"sid\":\"" + sessionId
                + "\",\"exp\":" + expiresAt.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        String accessToken = header + "." + payload + "." + URL.encodeToString(bytes(32));
        String refreshToken = hex(24);
        Session session = new Session(accessToken, sessionId, expiresAt, now);
        byToken.put(accessToken, session);
        bySessionId.put(sessionId, session);
        refreshTokens.put(refreshToken, Boolean.TRUE);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", accessToken);
        answer.put("expires_at", WebhookClient.EVENT_TIME.format(LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC)));
        answer.put("refresh_token", refreshToken);
        answer.put("session_id", sessionId);
        return answer;
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private String hex(int count) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes(count)) {
            text.append(String.format("%02x", b));
        }
        return text.toString();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}

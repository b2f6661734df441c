package dev.iptvbridge.portabilling;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.portabilling.ApiAnswers.SessionAnswer;
import dev.iptvbridge.portabilling.ApiRequests.Envelope;
import dev.iptvbridge.portabilling.ApiRequests.LoginParams;
import dev.iptvbridge.portabilling.ApiRequests.RefreshParams;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PortaBilling session shared by every call: logs in on first use, refreshes the access token
 * shortly before {@code expires_at}, and logs in again when PortaBilling rejects the token. One
 * login or refresh at a time: concurrent callers wait on the lock and then use its result.
 */
final class PortaBillingSession {

    /** Refresh this long before {@code expires_at}, so that no call goes out with a dying token. */
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    /** The shortest time a token is used before it is renewed. */
    static final Duration MIN_LIFE = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(PortaBillingSession.class);

    private final PortaBillingApi api;
    private final PortaBillingSettings settings;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Tokens current;

    PortaBillingSession(PortaBillingApi api, PortaBillingSettings settings, Clock clock) {
        this.api = api;
        this.settings = settings;
        this.clock = clock;
    }

    /** A token good for a call now: the current one, or a fresh one after a login or refresh. */
    String accessToken() {
        Tokens tokens = current;
        if (tokens != null && !tokens.dueForRefresh(clock.instant())) {
            return tokens.accessToken();
        }
        lock.lock();
        try {
            tokens = current;
            if (tokens != null && !tokens.dueForRefresh(clock.instant())) {
                return tokens.accessToken(); // another caller renewed it while we waited
            }
            current = tokens == null ? login() : refreshOrLogin(tokens);
            return current.accessToken();
        } finally {
            lock.unlock();
        }
    }

    /** PortaBilling rejected {@code rejected}: a new token, by one login shared with concurrent callers. */
    String renewAfterRejection(String rejected) {
        lock.lock();
        try {
            Tokens tokens = current;
            if (tokens != null && !tokens.accessToken().equals(rejected)
                    && !tokens.dueForRefresh(clock.instant())) {
                return tokens.accessToken(); // someone logged in again since that token was handed out
            }
            current = login();
            return current.accessToken();
        } finally {
            lock.unlock();
        }
    }

    /** Logs in now, whatever the current token: a probe that PortaBilling answers again. */
    void loginNow() {
        lock.lock();
        try {
            current = login();
        } finally {
            lock.unlock();
        }
    }

    private Tokens refreshOrLogin(Tokens tokens) {
        if (tokens.refreshToken() == null || tokens.refreshToken().isBlank()) {
            return login();
        }
        try {
            Tokens refreshed = toTokens("Session/refresh_access_token", RemoteCall.run(
                    "Session/refresh_access_token", settings.baseUrl(),
                    () -> api.refreshAccessToken(new Envelope<>(new RefreshParams(tokens.refreshToken())))));
            LOG.debug("Refreshed the PortaBilling access token; it expires at {}", refreshed.expiresAt());
            return refreshed;
        } catch (IntegrationException | SessionRejected e) {
            LOG.info("Refreshing the PortaBilling access token failed ({}): logging in again", e.getMessage());
            return login();
        }
    }

    private Tokens login() {
        SessionAnswer answer;
        try {
            answer = RemoteCall.run("Session/login", settings.baseUrl(), () -> api.login(
                    new Envelope<>(new LoginParams(settings.login(), settings.password()))));
        } catch (SessionRejected e) {
            throw new PermanentFailure("PortaBilling refused the login of user '" + settings.login() + "' ("
                    + e.reason() + "): check portabilling.login and portabilling.password");
        }
        Tokens tokens = toTokens("Session/login", answer);
        LOG.info("Logged in to PortaBilling at {} as {}; the access token expires at {}", settings.baseUrl(),
                settings.login(), tokens.expiresAt());
        return tokens;
    }

    private Tokens toTokens(String operation, SessionAnswer answer) {
        if (answer == null) {
            throw AnswerMapper.missing(operation, "its body");
        }
        if (answer.accessToken() == null || answer.accessToken().isBlank()) {
            throw AnswerMapper.missing(operation, "access_token");
        }
        // Without a readable expires_at, renew after an hour and rely on the re-login on rejection.
        Instant now = clock.instant();
        Instant expiresAt = PortaBillingTime.parse(answer.expiresAt()).orElse(now.plus(Duration.ofHours(1)));
        // Renew REFRESH_MARGIN early, or halfway through a token's life when it is shorter than that;
        // never sooner than MIN_LIFE, so that a skewed server clock cannot make every call refresh.
        Duration life = Duration.between(now, expiresAt);
        Duration margin = life.compareTo(REFRESH_MARGIN.multipliedBy(2)) < 0 ? life.dividedBy(2) : REFRESH_MARGIN;
        Instant refreshAt = expiresAt.minus(margin);
        if (refreshAt.isBefore(now.plus(MIN_LIFE))) {
            refreshAt = now.plus(MIN_LIFE);
        }
        return new Tokens(answer.accessToken(), answer.refreshToken(), expiresAt, refreshAt);
    }

    /** The session's tokens; {@link #toString()} keeps them secret. */
    private record Tokens(String accessToken, String refreshToken, Instant expiresAt, Instant refreshAt) {

        boolean dueForRefresh(Instant now) {
            return !now.isBefore(refreshAt);
        }

        @Override
        public String toString() {
            return "Tokens[accessToken=***, refreshToken=***, expiresAt=" + expiresAt + "]";
        }
    }
}

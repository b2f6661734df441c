package dev.iptvbridge.sandbox.portabilling;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the PortaBilling simulator listens and whom it lets in.
 *
 * @param host          interface to bind, normally {@code 127.0.0.1}
 * @param port          TCP port, {@code 0} for a free one
 * @param login         the API user's login
 * @param password      the API user's password, also accepted as its API {@code token}
 * @param tokenLifetime an access token expires this long after it was issued
 * @param idleLifetime  an access token also expires after this long without use
 */
public record PortaBillingSimulatorSettings(
        String host, int port, String login, String password, Duration tokenLifetime, Duration idleLifetime) {

    public PortaBillingSimulatorSettings {
        requireNonNull(host, "host is null");
        requireNonNull(login, "login is null");
        requireNonNull(password, "password is null");
        requireNonNull(tokenLifetime, "tokenLifetime is null");
        requireNonNull(idleLifetime, "idleLifetime is null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range: use 0 (a free port) to 65535");
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero() || idleLifetime.isNegative() || idleLifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime and idleLifetime must be positive durations");
        }
    }

    /** 127.0.0.1 on a free port, login {@code bridge}, password {@code bridge-secret}, tokens 48 h, idle 24 h. */
    public static PortaBillingSimulatorSettings defaults() {
        return new PortaBillingSimulatorSettings(
                "127.0.0.1", 0, "bridge", "bridge-secret", Duration.ofHours(48), Duration.ofHours(24));
    }

    public PortaBillingSimulatorSettings withPort(int newPort) {
        return new PortaBillingSimulatorSettings(host, newPort, login, password, tokenLifetime, idleLifetime);
    }

    public PortaBillingSimulatorSettings withCredentials(String newLogin, String newPassword) {
        return new PortaBillingSimulatorSettings(host, port, newLogin, newPassword, tokenLifetime, idleLifetime);
    }

    public PortaBillingSimulatorSettings withLifetimes(Duration newTokenLifetime, Duration newIdleLifetime) {
        return new PortaBillingSimulatorSettings(host, port, login, password, newTokenLifetime, newIdleLifetime);
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "PortaBillingSimulatorSettings[host=" + host + ", port=" + port + ", login=" + login
                + ", password=***, tokenLifetime=" + tokenLifetime + ", idleLifetime=" + idleLifetime + "]";
    }
}

package dev.iptvbridge.sandbox.minerva;

import static java.util.Objects.requireNonNull;

/**
 * Where the Minerva simulator listens and the one Basic-auth user it accepts.
 *
 * @param host     the address to bind, such as {@code 127.0.0.1}
 * @param port     the TCP port; 0 picks a free one
 * @param username the accepted Basic-auth user name
 * @param password the accepted Basic-auth password (never shown by {@link #toString()})
 */
public record MinervaSimulatorSettings(String host, int port, String username, String password) {

    public MinervaSimulatorSettings {
        requireNonNull(host, "host is null");
        requireNonNull(username, "username is null");
        requireNonNull(password, "password is null");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank: give an address to bind, such as 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is out of range: use 0 (a free port) to 65535");
        }
        if (username.isEmpty() || username.contains(":")) {
            throw new IllegalArgumentException("username must be non-empty and contain no ':' (Basic authentication)");
        }
    }

    /** 127.0.0.1, a free port, user {@code minerva}, password {@code minerva-secret}. */
    public static MinervaSimulatorSettings defaults() {
        return new MinervaSimulatorSettings("127.0.0.1", 0, "minerva", "minerva-secret");
    }

    public MinervaSimulatorSettings withPort(int newPort) {
        return new MinervaSimulatorSettings(host, newPort, username, password);
    }

    public MinervaSimulatorSettings withCredentials(String newUsername, String newPassword) {
        return new MinervaSimulatorSettings(host, port, newUsername, newPassword);
    }

    @Override
    public String toString() {
        return "MinervaSimulatorSettings[host=" + host + ", port=" + port + ", username=" + username + ", password=***]";
    }
}

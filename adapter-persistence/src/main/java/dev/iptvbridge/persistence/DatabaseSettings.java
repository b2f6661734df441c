package dev.iptvbridge.persistence;

import static java.util.Objects.requireNonNull;

/**
 * Where the database is and how many connections to keep.
 *
 * @param url         a JDBC URL, {@code jdbc:h2:...} (a file database by default) or {@code jdbc:postgresql:...}
 * @param username    the database user (may be empty, for instance when the URL carries it)
 * @param password    the user's password (may be empty); never shown by {@link #toString()}
 * @param maxPoolSize connections in the pool, at least 1
 */
public record DatabaseSettings(String url, String username, String password, int maxPoolSize) {

    public DatabaseSettings {
        requireNonNull(url, "database.url is null");
        requireNonNull(username, "database.username is null");
        requireNonNull(password, "database.password is null");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database.url must start with jdbc:h2: or jdbc:postgresql:, but is '"
                    + JdbcUrls.masked(url) + "'. Set database.url to, for example, jdbc:h2:file:./data/iptv-bridge "
                    + "or jdbc:postgresql://db.example.com:5432/iptvbridge");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("database.maxPoolSize must be at least 1, but is " + maxPoolSize
                    + ". Set it to the number of workers plus a few for the HTTP server, such as 10");
        }
    }

    /** The URL with any password in it replaced, for logs and messages. */
    public String maskedUrl() {
        return JdbcUrls.masked(url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + maskedUrl() + ", username=" + username + ", password="
                + (password.isEmpty() ? "" : "****") + ", maxPoolSize=" + maxPoolSize + "]";
    }
}

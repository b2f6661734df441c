package dev.iptvbridge.persistence;

import java.util.Locale;
import java.util.regex.Pattern;

/** What the adapter needs to know about, and add to, a JDBC URL. */
final class JdbcUrls {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern SUB_PROTOCOL = Pattern.compile("^[a-zA-Z]{2,}:.*");

    private JdbcUrls() {
    }

    static String masked(String url) {
        return PASSWORD.matcher(url).replaceAll("$1****");
    }

    static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    /**
     * An H2 file database opened with {@code AUTO_SERVER=TRUE}, so that the operator's tools can
     * open it while the daemon runs; other URLs as given. An explicit {@code AUTO_SERVER} setting wins.
     */
    static String withAutoServer(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String database = url.substring("jdbc:h2:".length());
        boolean file = database.startsWith("file:") || !SUB_PROTOCOL.matcher(database).matches();
        if (!file || url.toUpperCase(Locale.ROOT).contains(";AUTO_SERVER=")) {
            return url;
        }
        return url + ";AUTO_SERVER=TRUE";
    }
}

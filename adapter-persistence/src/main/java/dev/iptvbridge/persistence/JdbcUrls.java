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
     * open it while the daemon runs, and {@code DB_CLOSE_ON_EXIT=FALSE}, so that it stays open until
     * the daemon has stopped; other URLs as given. Explicit settings in the URL win.
     */
    static String withAutoServer(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String database = url.substring("jdbc:h2:".length());
        boolean file = database.startsWith("file:") || !SUB_PROTOCOL.matcher(database).matches();
        if (!file) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        // H2 closes a database in its own shutdown hook; the daemon's hook still needs it to finish its work.
        String closeOnExit = upper.contains(";DB_CLOSE_ON_EXIT=") ? "" : ";DB_CLOSE_ON_EXIT=FALSE";
        return url + (upper.contains(";AUTO_SERVER=") ? "" : ";AUTO_SERVER=TRUE") + closeOnExit;
    }
}

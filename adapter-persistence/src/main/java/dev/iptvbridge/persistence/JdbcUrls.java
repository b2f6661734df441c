package dev.iptvbridge.persistence;

import java.util.Locale;
import java.util.regex.Pattern;

/** What the adapter needs to know about, and add to, a JDBC URL. */
final class JdbcUrls {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern IF_EXISTS = Pattern.compile("(?i);IFEXISTS=[^;]*");
    private static final Pattern SUB_PROTOCOL = Pattern.compile("^[a-zA-Z]{2,}:.*");

    private JdbcUrls() {
    }

    static String masked(String url) {
        return PASSWORD.matcher(url).replaceAll("$1****");
    }

    /**
     * As {@link #withAutoServer}, and for an H2 file database with {@code IFEXISTS=TRUE}: opening it never
     * creates the file, so that a read-only look leaves a missing database missing.
     */
    static String existingOnly(String url) {
        if (!isH2File(url)) {
            return url;
        }
        return IF_EXISTS.matcher(withAutoServer(url)).replaceAll("") + ";IFEXISTS=TRUE";
    }

    static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    /**
     * An H2 file database opened with {@code AUTO_SERVER=TRUE}, so that the operator's tools can
     * open it while the daemon runs, and {@code WRITE_DELAY=0}, so that a commit survives the process
     * being killed; other URLs as given. Explicit settings in the URL win.
     */
    static String withAutoServer(String url) {
        if (!isH2File(url)) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        // H2 keeps commits in memory for up to a second by default: a killed daemon would lose events it
        // had answered 200 for. WRITE_DELAY=0 writes each commit to the file before the commit returns.
        return url + (upper.contains(";AUTO_SERVER=") ? "" : ";AUTO_SERVER=TRUE")
                + (upper.contains(";WRITE_DELAY=") ? "" : ";WRITE_DELAY=0");
    }

    private static boolean isH2File(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return false;
        }
        String database = url.substring("jdbc:h2:".length());
        return database.startsWith("file:") || !SUB_PROTOCOL.matcher(database).matches();
    }
}

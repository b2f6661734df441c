package dev.iptvbridge.embedded.internal.view;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The CSV form of service history (RFC 4180, one period a line): what {@code history --format csv}
 * prints and {@code history --period} writes for bill inserts. Empty fields for no end and no reason;
 * the events separated by spaces.
 */
public final class HistoryCsv {

    public static final String HEADER = "account,service_package,state,from,to,reason,events";

    private HistoryCsv() {
    }

    /** The lines of one account's periods, each ending with CRLF, without the header. */
    public static String lines(HistoryView view) {
        StringBuilder out = new StringBuilder();
        for (HistoryPeriodPart period : view.periods()) {
            out.append(view.account()).append(',')
                    .append(field(period.servicePackage())).append(',')
                    .append(period.state()).append(',')
                    .append(period.from()).append(',')
                    .append(period.to() == null ? "" : period.to()).append(',')
                    .append(period.reason() == null ? "" : period.reason()).append(',')
                    .append(events(period.events())).append("\r\n");
        }
        return out.toString();
    }

    private static String events(List<Long> events) {
        return events.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    // A service package's name is the operator's: quote it when it holds a comma, a quote or a line break.
    private static String field(String value) {
        if (value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

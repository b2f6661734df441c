package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ExportHistoryUseCase;
import dev.iptvbridge.application.port.in.HistoryQuery;
import dev.iptvbridge.application.port.in.ShowHistoryUseCase;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.embedded.internal.view.HistoryCsv;
import dev.iptvbridge.embedded.internal.view.HistoryJson;
import dev.iptvbridge.embedded.internal.view.HistoryView;
import dev.iptvbridge.embedded.internal.view.HistoryWindow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The service history of one account, or of every served account in a billing month into a CSV
 * file; changes nothing, and never creates or migrates the database.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show the periods during which each service package of an account was ENABLED, DISABLED "
                + "(with the reason) or ABSENT in Minerva, with the events behind each change; or, with --period, "
                + "write every served account's periods within a billing month to a CSV file.")
public final class HistoryCommand implements Callable<Integer> {

    /** Who reads the output. */
    enum Format { TABLE, JSON, CSV }

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "ACCOUNT", arity = "0..1", description = "The account's i_account.")
    Long account;

    @Option(names = "--from", paramLabel = "DATE", description = "Start: 2026-11-01 (UTC) or 2026-11-01T10:00:00Z "
            + "(default: the account's first change).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "End, excluded (default: now; a lasting period has no end).")
    String to;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", converter = FormatConverter.class,
            description = "table (default, for people), json (what GET /accounts/{i_account}/history answers) or csv.")
    Format format = Format.TABLE;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "A billing month (UTC): write every served account's periods within it to --output.")
    YearMonth period;

    @Option(names = "--output", paramLabel = "FILE.csv", description = "Where --period writes its CSV.")
    Path output;

    @Override
    public Integer call() {
        if (period != null) {
            return exportMonth();
        }
        if (account == null) {
            throw new ParameterException(spec.commandLine(), "give an ACCOUNT (its i_account), or --period YYYY-MM "
                    + "with --output FILE.csv for every served account of a billing month");
        }
        if (output != null) {
            throw new ParameterException(spec.commandLine(), "--output goes with --period; one account's history "
                    + "goes to standard output (redirect it, e.g. --format csv > FILE.csv)");
        }
        HistoryQuery query;
        try {
            query = HistoryWindow.query(account, from, to);
        } catch (IllegalArgumentException wrong) {
            throw new ParameterException(spec.commandLine(), wrong.getMessage());
        }
        try (IptvBridge bridge = config.openReadOnly("history")) {
            HistoryView view = HistoryView.of(bridge.use(ShowHistoryUseCase.class).history(query));
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case JSON -> out.println(HistoryJson.write(view));
                case CSV -> out.print(HistoryCsv.HEADER + "\r\n" + HistoryCsv.lines(view));
                default -> out.print(HistoryText.of(view));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private int exportMonth() {
        if (output == null || account != null || from != null || to != null) {
            throw new ParameterException(spec.commandLine(), "--period takes --output FILE.csv and no ACCOUNT, "
                    + "--from or --to: it writes every served account of the month");
        }
        try (IptvBridge bridge = config.openReadOnly("history")) {
            long accounts = MonthExport.write(bridge.use(ExportHistoryUseCase.class), period, output);
            spec.commandLine().getOut().println(accounts + (accounts == 1 ? " account" : " accounts")
                    + " served in " + period + " written to " + output);
            return ExitCodes.OK;
        }
    }

    // Case-insensitive, and a wrong value names the ones there are (a usage error: exit 2).
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException wrong) {
                throw new TypeConversionException("'" + value + "' is not an output format: use table, json or csv");
            }
        }
    }

    static final class MonthConverter implements ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException wrong) {
                throw new TypeConversionException("'" + value + "' is not a billing month: give it as 2026-11");
            }
        }
    }
}

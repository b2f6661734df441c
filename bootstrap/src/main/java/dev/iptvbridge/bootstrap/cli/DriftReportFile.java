package dev.iptvbridge.bootstrap.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.iptvbridge.application.port.in.ReadDriftUseCase;
import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.Difference;
import dev.iptvbridge.application.port.out.DriftKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The whole list of a run's differences, as {@code .json} or {@code .csv}, read from the database a
 * page at a time and written as it is read, so that memory stays flat however long the list.
 */
final class DriftReportFile {

    private static final int PAGE = 1000;
    private static final ObjectWriter ONE_LINE = Json.MAPPER.writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private DriftReportFile() {
    }

    /** Names the problem when {@code file} ends neither in .json nor in .csv; empty when it does. */
    static String refusal(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".csv") ? ""
                : "--output " + file + ": the report is written as JSON or CSV, chosen by the file's extension; "
                + "name a file ending in .json or .csv";
    }

    static void write(Path file, ComparisonRecord run, ReadDriftUseCase drift) {
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (csv) {
                writeCsv(out, run, drift);
            } else {
                writeJson(out, run, drift);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("could not write the report to " + file + ": " + failed.getMessage()
                    + "; check that its directory exists and is writable", failed);
        }
    }

    private static void writeJson(Writer out, ComparisonRecord run, ReadDriftUseCase drift) throws IOException {
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("run", run.run());
            json.writeStringField("startedAt", run.startedAt().toString());
            json.writeStringField("finishedAt", run.finishedAt().toString());
            json.writeBooleanField("dryRun", run.dryRun());
            json.writeObjectFieldStart("checked");
            json.writeNumberField("accounts", run.accounts());
            json.writeNumberField("customers", run.customers());
            json.writeEndObject();
            json.writeObjectFieldStart("counts");
            for (DriftKind kind : DriftKind.values()) {
                json.writeNumberField(kind.label(), run.count(kind));
            }
            json.writeEndObject();
            json.writeNumberField("queued", run.queued());
            json.writeArrayFieldStart("differences");
            forEach(run, drift, difference -> json.writeObject(DifferenceView.of(difference)));
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeCsv(Writer out, ComparisonRecord run, ReadDriftUseCase drift) throws IOException {
        out.write("account,kind,want,have\n");
        forEach(run, drift, difference -> {
            DifferenceView view = DifferenceView.of(difference);
            String account = view.account() != null ? String.valueOf(view.account()) : view.externalId();
            out.write(cell(account) + "," + view.kind() + "," + cell(oneLine(view.want())) + ","
                    + cell(oneLine(view.have())) + "\n");
        });
    }

    private static String oneLine(Object customer) throws IOException {
        return customer == null ? "" : ONE_LINE.writeValueAsString(customer);
    }

    // RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled.
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.matches("(?s).*[\",\\n\\r].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static void forEach(ComparisonRecord run, ReadDriftUseCase drift, Each each) throws IOException {
        long after = 0;
        List<Difference> page;
        while (!(page = drift.differencesAfter(run.run(), after, PAGE)).isEmpty()) {
            for (Difference difference : page) {
                each.accept(difference);
                after = difference.seq();
            }
        }
    }

    @FunctionalInterface
    private interface Each {
        void accept(Difference difference) throws IOException;
    }
}

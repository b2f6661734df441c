package dev.iptvbridge.bootstrap.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --format table|json} option of the commands that print a result: sentences and tables
 * for people (the default), or the command's view record as JSON for programs.
 */
public final class FormatOption {

    /** Who reads the output. */
    enum Format { TABLE, JSON }

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", converter = FormatConverter.class,
            description = "table: sentences and tables for people (default); json: one JSON document for programs.")
    Format format = Format.TABLE;

    boolean json() {
        return format == Format.JSON;
    }

    /** Prints {@code view} as JSON, or else the text for people, each ending with a line break. */
    void print(PrintWriter out, Object view, Supplier<String> forPeople) {
        String text = json() ? Json.of(view) : forPeople.get();
        out.print(text.endsWith("\n") ? text : text + "\n");
        out.flush();
    }

    // Case-insensitive, and a wrong value names the ones there are (a usage error: exit 2).
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "table":
                    return Format.TABLE;
                case "json":
                    return Format.JSON;
                default:
                    throw new TypeConversionException("'" + value + "' is not an output format: use table or json");
            }
        }
    }
}

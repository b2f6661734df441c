package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.application.port.in.CatalogCheckResult;
import dev.iptvbridge.application.port.in.CatalogFinding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of a catalog check with their lines in the catalog file, sorted by line: the JSON of
 * {@code catalog check --format json} ({@code {"errors": [{"line": 12, "message": ..., "fix": ...}], "warnings": [...]}})
 * and the sentences the command and the daemon's start print.
 */
public record CatalogCheckView(List<Finding> errors, List<Finding> warnings) {

    /** One finding; line 0 when the file has no line for it. */
    public record Finding(int line, String message, String fix) {
    }

    /** With the lines of {@code file}, read now; a file that cannot be read gives line 0 to every finding. */
    public static CatalogCheckView of(CatalogCheckResult result, Path file) {
        return of(result, CatalogLines.read(file));
    }

    static CatalogCheckView of(CatalogCheckResult result, CatalogLines lines) {
        return new CatalogCheckView(findings(result.errors(), lines), findings(result.warnings(), lines));
    }

    /** One line per finding, errors first: {@code catalog.yaml:12: error: ... Fix: ...}. */
    public List<String> lines(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String> text = new ArrayList<>();
        errors.forEach(finding -> text.add(line(name, "error", finding)));
        warnings.forEach(finding -> text.add(line(name, "warning", finding)));
        return text;
    }

    private static String line(String file, String kind, Finding finding) {
        return file + (finding.line() > 0 ? ":" + finding.line() : "") + ": " + kind + ": " + finding.message()
                + ". Fix: " + finding.fix();
    }

    private static List<Finding> findings(List<CatalogFinding> findings, CatalogLines lines) {
        return findings.stream().map(f -> new Finding(lines.lineOf(f.place()), f.message(), f.fix()))
                .sorted(Comparator.comparingInt(Finding::line)).toList();
    }
}

package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ExportHistoryUseCase;
import dev.iptvbridge.embedded.internal.view.HistoryCsv;
import dev.iptvbridge.embedded.internal.view.HistoryView;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import me.tongfei.progressbar.ProgressBar;

/**
 * Writes a billing month's history to a CSV file as it streams, with progress; the file appears
 * whole or not at all (written beside it, then moved into place).
 */
final class MonthExport {

    private MonthExport() {
    }

    static long write(ExportHistoryUseCase export, YearMonth month, Path output) {
        Path target = output.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             ProgressBar bar = new ProgressBar("history " + month, -1)) {
            out.write(HistoryCsv.HEADER + "\r\n");
            long accounts = export.export(month, history -> {
                try {
                    out.write(HistoryCsv.lines(HistoryView.of(history)));
                } catch (IOException full) {
                    throw new UncheckedIOException(full);
                }
            }, (done, total, what) -> {
                bar.stepTo(done);
                bar.setExtraMessage(what);
            });
            out.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return accounts;
        } catch (IOException | UncheckedIOException failure) {
            throw new IllegalStateException("cannot write " + target + ": " + failure.getMessage()
                    + "; check that its directory exists and is writable and that the disk has room", failure);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Only a leftover file; the message above, if any, says what went wrong.
            }
        }
    }
}

package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.CheckRevenueUseCase;
import dev.iptvbridge.application.port.in.RevenueReport;
import dev.iptvbridge.bootstrap.IptvBridge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the revenue check once, with progress; changes nothing in billing or Minerva. */
@Command(name = "revenue", mixinStandardHelpOptions = true,
        description = "Compare what every Minerva customer receives with the PortaBilling subscriptions that charge "
                + "for it (the catalog's subscriptions:): accounts served but not charged, and charged but not served.")
public final class RevenueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    FormatOption format;

    @Option(names = "--output", paramLabel = "FILE.json", description = "Also write the findings there as JSON.")
    Path output;

    @Override
    public Integer call() {
        try (IptvBridge bridge = config.openReadOnly("revenue")) {
            CheckRevenueUseCase revenue = bridge.use(CheckRevenueUseCase.class);
            RevenueReport report;
            if (format.json()) {
                report = revenue.check((done, total, what) -> { });
            } else {
                try (ProgressBar bar = new ProgressBar("checking", -1)) {
                    report = revenue.check((done, total, what) -> {
                        bar.maxHint(total);
                        bar.stepTo(done);
                        bar.setExtraMessage(what);
                    });
                }
            }
            RevenueView view = RevenueView.of(report);
            if (output != null) {
                write(view);
            }
            format.print(spec.commandLine().getOut(), view, view::sentence);
            return ExitCodes.OK;
        }
    }

    private void write(RevenueView view) {
        try {
            Files.writeString(output, Json.of(view) + "\n", StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new IllegalStateException("cannot write " + output.toAbsolutePath() + ": " + failure.getMessage()
                    + "; check that its directory exists and is writable", failure);
        }
    }
}

package dev.iptvbridge.bootstrap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the bridge's CLI in a JVM of its own, with a GC log from which the peak heap is read:
 * the most heap in use before any collection, or at exit.
 */
final class BridgeRun {

    /** What one run measured. */
    record Outcome(int exitCode, double seconds, double cpuSeconds, double peakHeapMb, Path output, Path log) { }

    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern USED_AT_EXIT = Pattern.compile("used (\\d+)K");

    private BridgeRun() {
    }

    /** Runs {@code Main} with these arguments on the harness's class path; {@code jfr} null for no recording. */
    static Outcome run(Path dir, String name, String heap, Path jfr, String... arguments) throws IOException, InterruptedException {
        Path gcLog = dir.resolve(name + "-gc.log");
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc,gc+heap+exit:file=" + gcLog));
        if (jfr != null) {
            command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.iptvbridge.bootstrap.cli.Main"));
        command.addAll(List.of(arguments));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        double cpu = 0;
        // The CPU the bridge used, read from /proc while it runs (Linux; 0 elsewhere): the last reading before it exits.
        while (!process.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            cpu = Math.max(cpu, cpuSeconds(process.pid()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Outcome(process.exitValue(), seconds, cpu, peakHeapMb(gcLog), dir.resolve(name + ".json"), log);
    }

    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name; in ticks of 1/100 s.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    static double peakHeapMb(Path gcLog) throws IOException {
        double peak = 0;
        if (!Files.exists(gcLog)) {
            return peak;
        }
        for (String line : Files.readAllLines(gcLog)) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                peak = Math.max(peak, Double.parseDouble(pause.group(1)));
            }
            Matcher used = USED_AT_EXIT.matcher(line);
            if (line.contains("heap") && used.find()) {
                peak = Math.max(peak, Double.parseDouble(used.group(1)) / 1024);
            }
        }
        return peak;
    }

    /** The last lines of a run's log, for a failure message. */
    static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}

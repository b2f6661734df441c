package dev.iptvbridge.bootstrap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU spent so far by this JVM and by the machine's PostgreSQL processes (from {@code /proc}, on
 * Linux; zero elsewhere), so that a benchmark can say where the time of a run went.
 */
record CpuMeter(long jvmNanos, long jvmSystemNanos, long postgresNanos) {

    // The kernel's clock tick of /proc/<pid>/stat: 100 on every Linux this runs on.
    private static final long NANOS_PER_TICK = 10_000_000L;

    static CpuMeter now() {
        long jvm = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
        return new CpuMeter(jvm, systemTicks(Path.of("/proc/self")) * NANOS_PER_TICK, postgres());
    }

    /** Microseconds per event of each, from this reading to now. */
    String perEvent(long events) {
        CpuMeter end = now();
        long postgres = end.postgresNanos - postgresNanos;
        // A backend that ended meanwhile takes its CPU with it: then the sum says nothing.
        return String.format("%.0f µs in the JVM (%.0f of them in the kernel), %s in PostgreSQL",
                (end.jvmNanos - jvmNanos) / 1e3 / events, (end.jvmSystemNanos - jvmSystemNanos) / 1e3 / events,
                postgres < 0 ? "not measured" : String.format("%.0f µs", postgres / 1e3 / events));
    }

    private static long postgres() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return 0;
        }
        try (Stream<Path> pids = Files.list(proc)) {
            return pids.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuMeter::postgresTicks).sum() * NANOS_PER_TICK;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long systemTicks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    // utime and stime of a process whose name is postgres; 0 for any other or one that ended meanwhile.
    private static long postgresTicks(Path pid) {
        try {
            String stat = Files.readString(pid.resolve("stat"));
            int close = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}

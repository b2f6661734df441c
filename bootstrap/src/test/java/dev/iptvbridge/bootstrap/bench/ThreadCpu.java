package dev.iptvbridge.bootstrap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where this JVM's CPU went between two moments, by kind of thread (by the first 15 characters of its name,
 * all Linux keeps), from {@code /proc/self/task}
 * (the JIT's and the GC's threads included, which JFR's execution samples never show), beside the whole
 * machine's busy time from {@code /proc/stat}. Elsewhere than on Linux it reads nothing and prints nothing.
 */
final class ThreadCpu {

    /** Thread names, by prefix, and the kind each is counted as. */
    private static final List<String[]> KINDS = List.of(new String[] {"iptv-bridge-wor", "the bridge's workers"},
            new String[] {"JettyServerThre", "Jetty (both simulators and the bridge's HTTP)"},
            new String[] {"HttpClient", "the JDK's HTTP client (bridge to simulators)"},
            new String[] {"C2 CompilerThre", "JIT (C2)"}, new String[] {"C1 CompilerThre", "JIT (C1)"},
            new String[] {"GC Thread", "garbage collector"}, new String[] {"G1 ", "garbage collector"});
    private static final double TICK = 100.0;

    private final Map<String, Long> ticks;
    private final long machineBusy;
    private final long machineAll;
    private final long at;

    private ThreadCpu(Map<String, Long> ticks, long machineBusy, long machineAll) {
        this.ticks = ticks;
        this.machineBusy = machineBusy;
        this.machineAll = machineAll;
        this.at = System.nanoTime();
    }

    static ThreadCpu now() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(kind(name), Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException ended) {
                    // a thread that ended meanwhile
                }
            });
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            long all = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                all += Long.parseLong(cpu[i]);
            }
            return new ThreadCpu(ticks, all - idle, all);
        } catch (IOException | RuntimeException notLinux) {
            return new ThreadCpu(Map.of(), 0, 0);
        }
    }

    /** The whole machine's busy CPU seconds since {@code before} (this JVM, PostgreSQL and any other process). */
    double machineSecondsSince(ThreadCpu before) {
        return (machineBusy - before.machineBusy) / TICK;
    }

    /** Prints a Markdown table of the CPU seconds since {@code before}, by kind, and the machine's share. */
    void printSince(ThreadCpu before, int reconciles) {
        if (ticks.isEmpty()) {
            return;
        }
        double wall = (at - before.at) / 1e9;
        Map<String, Long> spent = new HashMap<>();
        ticks.forEach((kind, t) -> spent.put(kind, t - before.ticks.getOrDefault(kind, 0L)));
        double jvm = spent.values().stream().mapToLong(Long::longValue).sum() / TICK;
        double machine = (machineBusy - before.machineBusy) / TICK;
        double cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("%n| where the CPU went, %.1f s of wall time | CPU s | per reconcile |%n|---|---:|---:|%n", wall);
        spent.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("| %s | %.2f | %.1f ms |%n", e.getKey(), e.getValue() / TICK,
                        e.getValue() / TICK * 1000 / reconciles));
        System.out.printf("| this JVM, all threads | %.2f (%.2f of %.0f cores) | %.1f ms |%n", jvm, jvm / wall, cores,
                jvm * 1000 / reconciles);
        System.out.printf("| the machine, every process (PostgreSQL and any other tenant too) | %.2f (%.2f of %.0f cores)"
                + " | |%n", machine, machine / wall, cores);
    }

    private static String kind(String thread) {
        for (String[] kind : KINDS) {
            if (thread.startsWith(kind[0])) {
                return kind[1];
            }
        }
        return "other threads";
    }
}

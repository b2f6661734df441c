package dev.iptvbridge.bootstrap.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went in a JFR recording: the execution samples' top frames (self time) and, among the
 * frames of our code and of the libraries on the hot path, the share of samples each appears in (inclusive);
 * first, from {@code jdk.CPULoad}, how busy this JVM and the whole machine were, since few execution samples
 * do not mean an idle CPU (JFR samples only threads in Java code, a few per period, and its sampler waits
 * for a core like every other thread). Argument: the recording. Prints a line and two Markdown tables.
 */
public final class JfrSummary {

    private static final List<String> AREAS = List.of("dev.iptvbridge.sandbox.", "dev.iptvbridge.", "org.eclipse.jetty.",
            "io.javalin.", "org.postgresql.", "org.h2.", "org.jdbi.", "com.zaxxer.", "com.fasterxml.", "feign.",
            "io.micrometer.", "ch.qos.logback.", "java.net.http.", "jdk.internal.net.http.", "sun.nio.", "java.");

    public static void main(String[] args) throws Exception {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> areas = new HashMap<>();
        int samples = 0;
        double jvmLoad = 0;
        double machineLoad = 0;
        int loads = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (event.getEventType().getName().equals("jdk.CPULoad")) {
                jvmLoad += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                machineLoad += event.getFloat("machineTotal");
                loads++;
                continue;
            }
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            // The sample's area is the first frame, from the top, in one of the areas: where the time was spent.
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String area = area(frame.getMethod().getType().getName());
                if (area != null && seen.add(area)) {
                    areas.merge(area, 1, Integer::sum);
                    break;
                }
            }
        }
        if (loads > 0) {
            System.out.printf("%nCPU (jdk.CPULoad, %d readings): this JVM %.0f %% of the machine's %d cores, the machine %.0f %%"
                    + " busy%n", loads, 100 * jvmLoad / loads, Runtime.getRuntime().availableProcessors(),
                    100 * machineLoad / loads);
        }
        System.out.printf("%n%,d execution samples%n%n| top frame (self) | share |%n|---|---:|%n", samples);
        print(self, samples, 15);
        System.out.printf("%n| area of the topmost frame | share |%n|---|---:|%n");
        print(areas, samples, 16);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String area(String type) {
        for (String area : AREAS) {
            if (type.startsWith(area)) {
                return area.equals("dev.iptvbridge.") ? "dev.iptvbridge (the bridge)" : area + "*";
            }
        }
        return null;
    }

    private static void print(Map<String, Integer> counts, int samples, int rows) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
                .forEach(entry -> System.out.printf("| `%s` | %.1f %% |%n", entry.getKey(),
                        100.0 * entry.getValue() / samples));
    }
}

package dev.iptvbridge.bootstrap.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/** Where the bridge spent its time, from a JDK Flight Recorder file: CPU load and the hottest methods. */
final class Profile {

    private Profile() {
    }

    static void print(PrintStream out, Path jfr, int top) throws IOException {
        Map<String, Integer> samples = new HashMap<>();
        int total = 0;
        double jvmCpu = 0;
        double machineCpu = 0;
        int loads = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (!frames.isEmpty()) {
                    RecordedFrame frame = frames.get(0);
                    samples.merge(frame.getMethod().getType().getName() + "." + frame.getMethod().getName(), 1, Integer::sum);
                    total++;
                }
            } else if (type.equals("jdk.CPULoad")) {
                jvmCpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                machineCpu += event.getFloat("machineTotal");
                loads++;
            }
        }
        out.printf(Locale.ROOT, "profile of the latency run: the bridge's JVM used %.0f%% of the machine's CPU, the machine %.0f%% "
                + "(averages of %d readings); hottest of %,d samples:%n",
                loads == 0 ? 0 : 100 * jvmCpu / loads, loads == 0 ? 0 : 100 * machineCpu / loads, loads, total);
        int shown = 0;
        for (Map.Entry<String, Integer> e : samples.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList()) {
            if (shown++ == top) {
                break;
            }
            out.printf(Locale.ROOT, "  %5.1f%% %s%n", 100.0 * e.getValue() / total, e.getKey());
        }
    }
}

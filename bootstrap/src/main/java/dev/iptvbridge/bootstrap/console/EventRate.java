package dev.iptvbridge.bootstrap.console;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;

/**
 * Events received per minute over the last hour, in memory: a ring of 60 minutes fed from the
 * events counter each time the console is read (a minute nobody looked at counts into the next look).
 */
final class EventRate {

    static final int MINUTES = 60;
    private static final String EVENTS = "iptv_bridge_events_received_total";

    private final MeterRegistry registry;
    private final long[] counts = new long[MINUTES];
    private final long[] minuteOf = new long[MINUTES];
    private double lastTotal = -1;

    EventRate(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The counts of the last 60 minutes, oldest first, the current minute last. */
    synchronized long[] lastHour(Instant now) {
        long minute = now.getEpochSecond() / 60;
        double total = registry.find(EVENTS).counters().stream().mapToDouble(Counter::count).sum();
        if (lastTotal >= 0) {
            bucket(minute);
            counts[(int) (minute % MINUTES)] += Math.round(total - lastTotal);
        }
        lastTotal = total;
        long[] hour = new long[MINUTES];
        for (int i = 0; i < MINUTES; i++) {
            long m = minute - (MINUTES - 1) + i;
            int slot = (int) (m % MINUTES);
            hour[i] = minuteOf[slot] == m ? counts[slot] : 0;
        }
        return hour;
    }

    private void bucket(long minute) {
        int slot = (int) (minute % MINUTES);
        if (minuteOf[slot] != minute) {
            minuteOf[slot] = minute;
            counts[slot] = 0;
        }
    }

    /** The hour as bars in an inline SVG, no script. */
    static String svg(long[] hour) {
        long max = 1;
        for (long count : hour) {
            max = Math.max(max, count);
        }
        StringBuilder svg = new StringBuilder("<svg id=\"events-chart\" width=\"600\" height=\"100\" role=\"img\" "
                + "aria-label=\"events per minute, last hour\" style=\"border:1px solid #ccc\">");
        for (int i = 0; i < hour.length; i++) {
            long height = Math.round(90.0 * hour[i] / max);
            svg.append("<rect x=\"").append(i * 10).append("\" y=\"").append(100 - height).append("\" width=\"8\" height=\"")
                    .append(height).append("\" fill=\"#369\"><title>").append(hour[i]).append("</title></rect>");
        }
        return svg.append("</svg>").toString();
    }
}

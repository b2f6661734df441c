package dev.iptvbridge.bootstrap.e2e;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The Prometheus text format, read as Prometheus would: series to value, and metric names. */
final class Scrape {

    private Scrape() {
    }

    static Map<String, Double> parse(String text) {
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int split = line.lastIndexOf(' ');
            series.put(line.substring(0, split), Double.parseDouble(line.substring(split + 1)));
        }
        return series;
    }

    static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        for (String key : parse(text).keySet()) {
            int brace = key.indexOf('{');
            String name = brace < 0 ? key : key.substring(0, brace);
            names.add(name);
            // A histogram is named in PromQL by its series (_bucket, _count, _sum) and a counter by its _total.
        }
        return names;
    }
}

package dev.iptvbridge.embedded.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code IPTV_BRIDGE_*} variables the configuration knows. Any other is a typo that would
 * silently leave a default in force (a password never read), so it stops the start.
 * {@code IPTV_BRIDGE_TEST_*} belongs to the test suite and is left alone.
 */
final class EnvironmentNames {

    static final String PREFIX = "IPTV_BRIDGE_";
    static final String TEST_PREFIX = "IPTV_BRIDGE_TEST_";

    private EnvironmentNames() {
    }

    static Set<String> known() {
        Set<String> names = new TreeSet<>();
        for (String key : ConfigKeys.DEFAULTS.keySet()) {
            names.add(ConfigKeys.environmentName(key));
            names.add(ConfigKeys.compactEnvironmentName(key));
        }
        return names;
    }

    static List<String> unknown(Map<String, String> environment) {
        Set<String> known = known();
        Set<String> preferred = new TreeSet<>();
        ConfigKeys.DEFAULTS.keySet().forEach(key -> preferred.add(ConfigKeys.environmentName(key)));
        List<String> problems = new ArrayList<>();
        new TreeSet<>(environment.keySet()).stream()
                .filter(name -> name.startsWith(PREFIX) && !name.startsWith(TEST_PREFIX) && !known.contains(name))
                .forEach(name -> problems.add("unknown environment variable " + name + DidYouMean.among(name, preferred)
                        + ": correct its name or unset it (each key's variable is listed in docs/configuration.md)"));
        return problems;
    }
}

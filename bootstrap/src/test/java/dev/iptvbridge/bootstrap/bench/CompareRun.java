package dev.iptvbridge.bootstrap.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * One measured {@code reconcile --all --dry-run}: the bridge's run and the remote calls each
 * simulator counted while it ran.
 */
record CompareRun(String name, BridgeRun.Outcome outcome, Map<String, Long> billingCalls, Map<String, Long> minervaCalls,
                  double simulatorsCpuSeconds, Path jfr) {

    /** The list methods: one call is one page. */
    static final Set<String> PAGE_METHODS = Set.of("Account/get_account_list", "Customer/get_customer_list", "list");

    long calls() {
        return sum(billingCalls) + sum(minervaCalls);
    }

    long pages() {
        long pages = 0;
        for (Map<String, Long> calls : java.util.List.of(billingCalls, minervaCalls)) {
            for (Map.Entry<String, Long> e : calls.entrySet()) {
                pages += PAGE_METHODS.contains(e.getKey()) ? e.getValue() : 0;
            }
        }
        return pages;
    }

    double seconds() {
        return outcome.seconds();
    }

    private static long sum(Map<String, Long> calls) {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }
}

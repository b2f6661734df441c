package dev.iptvbridge.sandbox.portabilling;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Faults of the simulator's API, for tests of charging: a share of {@code make_transaction} calls
 * applied and then never answered (held until the client gave up, then dropped), and a share of the
 * calls of any method failed with {@code Server.Internal} before anything is applied. Shares are
 * spread evenly and deterministically: 10 % means the 10th, 20th, 30th ... call.
 */
public final class ChargeFaults {

    private final Map<String, long[]> failing = new HashMap<>();
    private int hangPercent;
    private Duration hangFor = Duration.ZERO;
    private long transactions;
    private volatile CountDownLatch wake = new CountDownLatch(1);

    /** {@code percent} of the charges and credits are applied, then held for {@code holdFor} and answered with an error. */
    public synchronized void applyThenHang(int percent, Duration holdFor) {
        hangPercent = checked(percent);
        hangFor = holdFor;
    }

    /** {@code percent} of the calls of {@code method} (such as {@code Account/get_xdr_list}) fail before they are applied. */
    public synchronized void failCalls(String method, int percent) {
        failing.put(method, new long[] {checked(percent), 0});
    }

    /** Clears every fault and lets held answers go at once. */
    public void clear() {
        synchronized (this) {
            failing.clear();
            hangPercent = 0;
            hangFor = Duration.ZERO;
            transactions = 0;
        }
        CountDownLatch held = wake;
        wake = new CountDownLatch(1);
        held.countDown();
    }

    /** Throws the injected failure of this call of {@code method}, if it is one. */
    synchronized void beforeCall(String method) {
        long[] share = failing.get(method);
        if (share != null && hits(share[0], share[1]++)) {
            throw new Fault("Server.Internal", "injected failure of " + method + " (simulator fault)");
        }
    }

    /** After a transaction was applied: holds the answer and fails, if this one is to hang. */
    void afterTransaction() {
        Duration hold;
        synchronized (this) {
            if (!hits(hangPercent, transactions++)) {
                return;
            }
            hold = hangFor;
        }
        try {
            wake.await(hold.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Fault("Server.Internal", "the transaction was applied, but its answer never came (simulator fault)");
    }

    // The n-th call (from 0) hits when floor((n + 1) * p / 100) moves on.
    private static boolean hits(long percent, long n) {
        return percent > 0 && (n + 1) * percent / 100 > n * percent / 100;
    }

    private static int checked(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0 to 100, was " + percent);
        }
        return percent;
    }
}

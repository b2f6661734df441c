package dev.iptvbridge.sandbox.minerva;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The faults the Minerva simulator injects; thread-safe, changeable while it runs, emptied by
 * {@link MinervaSimulator#reset()} or {@link #clear()}. Countdown faults ({@code ...Next}) apply to
 * the next calls of one operation, in the order they were added; a fraction fault applies to a share
 * of calls chosen by a seeded random, so a run is repeatable. Checks run in this order: concurrency
 * cap (503 {@code UNAVAILABLE}), rate limit (429 {@code RATE_LIMITED}), authentication (401),
 * latency, then countdown faults, then fraction faults.
 */
public final class MinervaFaults {

    private final Map<MinervaOperation, Duration> latency = new EnumMap<>(MinervaOperation.class);
    private final List<Countdown> countdowns = new ArrayList<>();
    private final List<Fraction> fractions = new ArrayList<>();
    private final RateWindow rateWindow = new RateWindow();
    private volatile int rateLimit;
    private volatile int concurrencyCap;
    private volatile boolean anyLatency;

    MinervaFaults() {
    }

    /** Every operation takes at least {@code delay} (the benchmark's 20 ms); zero removes it. */
    public synchronized MinervaFaults latency(Duration delay) {
        for (MinervaOperation op : MinervaOperation.values()) {
            latency(op, delay);
        }
        return this;
    }

    /** One operation takes at least {@code delay}; zero removes it. */
    public synchronized MinervaFaults latency(MinervaOperation operation, Duration delay) {
        requireNonNull(operation, "operation is null");
        requireNonNull(delay, "delay is null");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + delay);
        }
        if (delay.isZero()) {
            latency.remove(operation);
        } else {
            latency.put(operation, delay);
        }
        anyLatency = !latency.isEmpty();
        return this;
    }

    /** The next {@code times} calls of {@code operation} answer {@code status} (with its error code) and change nothing. */
    public MinervaFaults failNext(MinervaOperation operation, int status, int times) {
        checkStatus(status);
        return addCountdown(operation, new FaultAction.Fail(status), times);
    }

    /** The next {@code times} calls answer this raw body (non-JSON, missing fields...) and change nothing. */
    public MinervaFaults answerNext(MinervaOperation operation, int status, String contentType, String body, int times) {
        checkStatus(status);
        requireNonNull(contentType, "contentType is null");
        requireNonNull(body, "body is null");
        return addCountdown(operation, new FaultAction.Raw(status, contentType, body), times);
    }

    /**
     * The next {@code times} calls are held for {@code hold} (set it above the client's read timeout)
     * before answering; with {@code applyChange} the change happens first, as when Minerva applied a
     * request whose answer the client never saw. Without it nothing changes and the late answer is a 503.
     */
    public MinervaFaults timeoutNext(MinervaOperation operation, Duration hold, boolean applyChange, int times) {
        requireNonNull(hold, "hold is null");
        return addCountdown(operation, new FaultAction.Hold(hold, applyChange), times);
    }

    /** The next {@code times} calls apply their change, then the connection is closed without an answer. */
    public MinervaFaults dropConnectionAfterApplyNext(MinervaOperation operation, int times) {
        return addCountdown(operation, new FaultAction.DropAfterApply(), times);
    }

    /** A share ({@code 0..1}) of the calls of {@code operation} answers {@code status}, chosen by a random seeded with {@code seed}. */
    public synchronized MinervaFaults failFraction(MinervaOperation operation, int status, double fraction, long seed) {
        requireNonNull(operation, "operation is null");
        checkStatus(status);
        if (!(fraction >= 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("fraction must be between 0 and 1, not " + fraction);
        }
        fractions.add(new Fraction(operation, status, fraction, new Random(seed)));
        return this;
    }

    /** A share of the calls of every operation answers {@code status}. */
    public synchronized MinervaFaults failFraction(int status, double fraction, long seed) {
        for (MinervaOperation op : MinervaOperation.values()) {
            failFraction(op, status, fraction, seed + op.ordinal());
        }
        return this;
    }

    /** At most {@code requestsPerSecond} requests per second; beyond, 429 {@code RATE_LIMITED} with {@code Retry-After}. 0 turns it off. */
    public MinervaFaults rateLimit(int requestsPerSecond) {
        if (requestsPerSecond < 0) {
            throw new IllegalArgumentException("rate limit must be 0 (off) or positive, not " + requestsPerSecond);
        }
        rateLimit = requestsPerSecond;
        rateWindow.clear();
        return this;
    }

    /** At most {@code cap} requests at once; beyond, 503 {@code UNAVAILABLE}. 0 turns it off. */
    public MinervaFaults maxConcurrent(int cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("concurrency cap must be 0 (off) or positive, not " + cap);
        }
        concurrencyCap = cap;
        return this;
    }

    /** Removes every fault. */
    public synchronized void clear() {
        latency.clear();
        anyLatency = false;
        countdowns.clear();
        fractions.clear();
        rateLimit = 0;
        concurrencyCap = 0;
        rateWindow.clear();
    }

    int concurrencyCap() {
        return concurrencyCap;
    }

    /** 0 when the request may pass the rate limit, else the seconds for {@code Retry-After}. */
    long takeRate() {
        int limit = rateLimit;
        return limit == 0 ? 0 : rateWindow.take(limit, System.currentTimeMillis());
    }

    Duration latencyOf(MinervaOperation operation) {
        if (!anyLatency) {
            return Duration.ZERO;
        }
        synchronized (this) {
            return latency.getOrDefault(operation, Duration.ZERO);
        }
    }

    synchronized FaultAction decide(MinervaOperation operation) {
        for (Iterator<Countdown> it = countdowns.iterator(); it.hasNext(); ) {
            Countdown c = it.next();
            if (c.operation == operation) {
                if (--c.remaining <= 0) {
                    it.remove();
                }
                return c.action;
            }
        }
        for (Fraction f : fractions) {
            if (f.operation == operation && f.random.nextDouble() < f.fraction) {
                return new FaultAction.Fail(f.status);
            }
        }
        return FaultAction.PROCEED;
    }

    private synchronized MinervaFaults addCountdown(MinervaOperation operation, FaultAction action, int times) {
        requireNonNull(operation, "operation is null");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, not " + times);
        }
        countdowns.add(new Countdown(operation, action, times));
        return this;
    }

    private static void checkStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
    }

    private static final class Countdown {
        final MinervaOperation operation;
        final FaultAction action;
        int remaining;

        Countdown(MinervaOperation operation, FaultAction action, int remaining) {
            this.operation = operation;
            this.action = action;
            this.remaining = remaining;
        }
    }

    private record Fraction(MinervaOperation operation, int status, double fraction, Random random) { }
}

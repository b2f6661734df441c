package dev.iptvbridge.sandbox.minerva;

/** A fixed one-second window: at most {@code limit} requests per wall-clock second. */
final class RateWindow {

    private long windowSecond = Long.MIN_VALUE;
    private int used;

    /** Takes one request; returns 0 when allowed, else the seconds to wait (for {@code Retry-After}). */
    synchronized long take(int limit, long nowMillis) {
        long second = Math.floorDiv(nowMillis, 1000L);
        if (second != windowSecond) {
            windowSecond = second;
            used = 0;
        }
        if (used < limit) {
            used++;
            return 0;
        }
        return 1;
    }

    synchronized void clear() {
        windowSecond = Long.MIN_VALUE;
        used = 0;
    }
}

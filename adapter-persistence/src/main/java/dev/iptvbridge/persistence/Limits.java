package dev.iptvbridge.persistence;

/** Bounds on how many rows a read returns. */
final class Limits {

    static final int MAX = 10_000;

    private Limits() {
    }

    static int check(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, but is " + limit);
        }
        return Math.min(limit, MAX);
    }
}

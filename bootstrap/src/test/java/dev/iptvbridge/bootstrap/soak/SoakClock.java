package dev.iptvbridge.bootstrap.soak;

/** Time since the run started, and the run's printed lines, each prefixed with it. */
final class SoakClock {

    private final long start = System.nanoTime();

    long seconds() {
        return (System.nanoTime() - start) / 1_000_000_000L;
    }

    synchronized void print(String line) {
        long s = seconds();
        System.out.printf("[%02d:%02d] %s%n", s / 60, s % 60, line);
        System.out.flush();
    }
}

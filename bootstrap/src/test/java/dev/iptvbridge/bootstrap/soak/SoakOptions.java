package dev.iptvbridge.bootstrap.soak;

import java.time.Duration;

/**
 * What one soak run does.
 *
 * @param duration how long changes are made (the drain comes after)
 * @param rate     account changes per second made in the PortaBilling simulator
 * @param accounts accounts the changes are spread over
 * @param seed     seeds the choice of account and change, so that a run can be repeated
 * @param drain    the longest wait, after the last change, for the queue to empty
 */
record SoakOptions(Duration duration, int rate, int accounts, long seed, Duration drain) {

    static final String USAGE = "usage: bench/soak [--minutes N] [--rate R] [--accounts A] [--seed S] [--drain-minutes D]";

    static SoakOptions parse(String[] args) {
        long minutes = 60;
        int rate = 50;
        int accounts = 3000;
        long seed = 15;
        Long drainMinutes = null;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length || !args[i + 1].matches("\\d+")) {
                throw new IllegalArgumentException("option '" + args[i] + "' needs a whole number after it; " + USAGE);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--minutes" -> minutes = Long.parseLong(value);
                case "--rate" -> rate = Integer.parseInt(value);
                case "--accounts" -> accounts = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--drain-minutes" -> drainMinutes = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'; " + USAGE);
            }
            i++;
        }
        if (minutes < 1 || rate < 1 || accounts < 1) {
            throw new IllegalArgumentException("--minutes, --rate and --accounts must be at least 1");
        }
        Duration drain = Duration.ofMinutes(drainMinutes != null ? drainMinutes : Math.max(15, minutes / 2));
        return new SoakOptions(Duration.ofMinutes(minutes), rate, accounts, seed, drain);
    }
}

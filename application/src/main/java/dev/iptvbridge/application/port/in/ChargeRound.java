package dev.iptvbridge.application.port.in;

/**
 * What one round of the purchase charger did.
 *
 * @param held     this daemon held the feed (false: another one does, and nothing was done)
 * @param seen     purchases read from the feed for the first time
 * @param refunds  refunds read for the first time
 * @param charged  charges applied (answered, or found in PortaBilling after an unknown outcome)
 * @param credited credits applied
 * @param parked   entries parked
 * @param failed   sends that failed and wait to be looked for and tried again
 */
public record ChargeRound(boolean held, int seen, int refunds, int charged, int credited, int parked, int failed) {

    /** Another daemon holds the feed. */
    public static final ChargeRound NOT_HELD = new ChargeRound(false, 0, 0, 0, 0, 0, 0);

    /** Whether the round did anything, so that the next one should follow at once. */
    public boolean busy() {
        return seen + refunds + charged + credited + parked + failed > 0;
    }
}

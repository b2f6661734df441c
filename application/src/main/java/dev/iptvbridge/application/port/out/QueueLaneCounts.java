package dev.iptvbridge.application.port.out;

/** The entries of one lane of the queue, by state. */
public record QueueLaneCounts(long queued, long claimed, long parked) {

    /** An empty lane. */
    public static final QueueLaneCounts NONE = new QueueLaneCounts(0, 0, 0);
}

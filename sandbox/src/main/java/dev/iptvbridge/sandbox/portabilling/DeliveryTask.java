package dev.iptvbridge.sandbox.portabilling;

/** A send to do: the event's own attempt, or a deliberate duplicate of a delivered event. Guarded by the queue's lock. */
final class DeliveryTask {

    final QueuedEvent event;
    final boolean duplicate;
    final long generation;
    long dueNanos;
    long order;

    DeliveryTask(QueuedEvent event, boolean duplicate, long generation, long dueNanos, long order) {
        this.event = event;
        this.duplicate = duplicate;
        this.generation = generation;
        this.dueNanos = dueNanos;
        this.order = order;
    }
}

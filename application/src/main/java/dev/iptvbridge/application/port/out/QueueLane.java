package dev.iptvbridge.application.port.out;

/**
 * Which lane of the queue an entry waits in. A due {@code LIVE} entry (an event, an operator, a
 * dated add-on's moment) is claimed before any due {@code SWEEP} entry (a whole-base comparison,
 * {@code reconcile --all}, a catalog change), however long the sweep entry has waited.
 */
public enum QueueLane { LIVE, SWEEP }

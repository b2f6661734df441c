package dev.iptvbridge.application.port.out;

/** Where a queue entry stands: waiting (perhaps for a backoff), held by a worker, or parked for a person. */
public enum QueueState { QUEUED, CLAIMED, PARKED }

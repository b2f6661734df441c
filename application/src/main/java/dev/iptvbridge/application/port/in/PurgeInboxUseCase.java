package dev.iptvbridge.application.port.in;

import java.time.Duration;

/** Removes stored events older than the retention; their reconciles were queued when they arrived. */
public interface PurgeInboxUseCase {

    int purgeOlderThan(Duration retention);
}

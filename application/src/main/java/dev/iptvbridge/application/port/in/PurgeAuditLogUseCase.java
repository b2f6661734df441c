package dev.iptvbridge.application.port.in;

import java.time.Duration;

/** Removes audit lines older than the retention, a batch at a time. */
public interface PurgeAuditLogUseCase {

    /** @return how many lines were removed */
    int purgeOlderThan(Duration retention);
}

package dev.iptvbridge.application.port.in;

import dev.iptvbridge.application.port.out.QueueEntry;
import java.util.List;
import java.util.OptionalLong;

/** For operators: see the accounts that gave up, and send them round again. */
public interface ManageParkedUseCase {

    List<QueueEntry> parked(int limit);

    /** Retries one parked account, or every parked entry when empty; returns how many. */
    int retryParked(OptionalLong accountId);
}

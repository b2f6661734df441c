package dev.iptvbridge.application.port.out;

import java.util.Optional;

/** The last platform state the bridge applied per account. */
public interface AppliedStatePort {

    void save(AppliedState state);

    Optional<AppliedState> find(long accountId);
}

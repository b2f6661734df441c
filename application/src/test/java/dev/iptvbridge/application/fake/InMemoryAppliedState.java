package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.AppliedState;
import dev.iptvbridge.application.port.out.AppliedStatePort;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The last applied platform state per account, in memory. */
public final class InMemoryAppliedState implements AppliedStatePort {

    private final Map<Long, AppliedState> states = new HashMap<>();

    @Override
    public void save(AppliedState state) {
        states.put(state.accountId(), state);
    }

    @Override
    public Optional<AppliedState> find(long accountId) {
        return Optional.ofNullable(states.get(accountId));
    }
}

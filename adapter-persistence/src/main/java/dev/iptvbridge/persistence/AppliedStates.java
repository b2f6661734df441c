package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.AppliedState;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The last state applied per account: one row each, replaced on every save. */
final class AppliedStates {

    private final Jdbi jdbi;

    AppliedStates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void save(AppliedState state) {
        AppliedStateRow row = AppliedStateRow.of(state);
        // Each statement on its own (autocommit): one reconcile of an account at a time writes its row, so the update
        // and the insert need no transaction around them, which cost two round trips more. Two first saves of one
        // account may race; the loser's insert fails and it updates instead.
        Optimistic.retry("save the applied state of account " + state.accountId(), () -> jdbi.withHandle(handle -> {
            AppliedStateDao dao = new AppliedStateDao(handle);
            if (dao.update(row) == 0) {
                dao.insert(row);
            }
            return null;
        }));
    }

    Optional<AppliedState> find(long accountId) {
        return jdbi.withHandle(handle -> new AppliedStateDao(handle).find(accountId)).map(AppliedStateRow::toState);
    }
}

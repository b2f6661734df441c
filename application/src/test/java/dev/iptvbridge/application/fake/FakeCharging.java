package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.ChargeableAccount;
import dev.iptvbridge.application.port.out.ChargingPort;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.Transaction;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** PortaBilling's one-off transactions in memory: every applied transaction is kept, in order. */
public final class FakeCharging implements ChargingPort {

    /** An applied transaction and its {@code i_xdr}. */
    public record Applied(long xdr, Transaction transaction) {
    }

    private final Map<Long, Optional<String>> accounts = new HashMap<>();
    private final List<Applied> applied = new ArrayList<>();
    private int applyThenTimeOut;
    private int failWithoutApplying;
    private long nextXdr = 90_000;

    public synchronized FakeCharging account(long accountId, String currency) {
        accounts.put(accountId, Optional.ofNullable(currency));
        return this;
    }

    /** The next {@code count} transactions are applied, then answered with a timeout. */
    public synchronized void applyThenTimeOut(int count) {
        applyThenTimeOut = count;
    }

    /** The next {@code count} transactions fail before they are applied. */
    public synchronized void failWithoutApplying(int count) {
        failWithoutApplying = count;
    }

    public synchronized List<Applied> applied() {
        return List.copyOf(applied);
    }

    @Override
    public synchronized Optional<ChargeableAccount> account(long accountId) {
        return Optional.ofNullable(accounts.get(accountId)).map(currency -> new ChargeableAccount(accountId, currency));
    }

    @Override
    public synchronized long transact(Transaction transaction) {
        if (!accounts.containsKey(transaction.accountId())) {
            throw new NotFoundFailure("Server.Account.not_found: no account " + transaction.accountId());
        }
        if (failWithoutApplying > 0) {
            failWithoutApplying--;
            throw new TransientFailure("PortaBilling failed Account/make_transaction (HTTP 503)", null);
        }
        long xdr = nextXdr++;
        applied.add(new Applied(xdr, transaction));
        if (applyThenTimeOut > 0) {
            applyThenTimeOut--;
            throw new TransientFailure("PortaBilling did not answer Account/make_transaction in time", null);
        }
        return xdr;
    }

    @Override
    public synchronized OptionalLong find(long accountId, int service, String internalComment, Instant from, Instant to) {
        return applied.stream().filter(a -> a.transaction().accountId() == accountId
                        && a.transaction().service() == service && a.transaction().internalComment().equals(internalComment))
                .mapToLong(Applied::xdr).findFirst();
    }
}

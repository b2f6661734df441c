package dev.iptvbridge.application.service;

import dev.iptvbridge.application.port.out.ChargeableAccount;
import dev.iptvbridge.application.port.out.ChargingPort;
import dev.iptvbridge.application.port.out.FeedLease;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.purchase.Purchase;
import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import dev.iptvbridge.application.port.out.Transaction;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.purchase.ChargeState;
import dev.iptvbridge.application.purchase.LedgerEntry;
import dev.iptvbridge.application.purchase.LedgerStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Works one ledger entry one step on. A send is recorded as under way (CHARGING, CREDITING) in the
 * ledger BEFORE it goes out, so that after a crash or a timeout the entry says "outcome unknown",
 * and such an entry is looked for in PortaBilling by its internal comment before it is sent again.
 */
final class PurchaseCharger {

    /** What one step came to. */
    enum Outcome { CHARGED, CREDITED, PARKED, FAILED, LOST, NOTHING }

    private static final System.Logger LOG = System.getLogger(PurchaseCharger.class.getName());
    // The charge's bill_time is when PortaBilling applied it: after the purchase, before now.
    private static final Duration WINDOW_MARGIN = Duration.ofDays(1);

    private final PurchaseLedgerPort ledger;
    private final ChargingPort charging;
    private final PurchaseSettings settings;
    private final Clock clock;

    PurchaseCharger(PurchaseLedgerPort ledger, ChargingPort charging, PurchaseSettings settings, Clock clock) {
        this.ledger = ledger;
        this.charging = charging;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param accounts the accounts read this round, by id: shared by the round's lanes */
    Outcome work(FeedLease lease, LedgerEntry entry, Map<Long, Optional<ChargeableAccount>> accounts) {
        return switch (entry.state()) {
            case SEEN -> checked(lease, entry, accounts).orElseGet(() -> step(lease, entry, entry.startCharge())
                    .map(charging -> charge(lease, charging)).orElse(Outcome.LOST));
            case CHARGING -> lookThenCharge(lease, entry, accounts);
            case CHARGED -> step(lease, entry, entry.startCredit()).map(crediting -> credit(lease, crediting))
                    .orElse(Outcome.LOST);
            case CREDITING -> lookThenCredit(lease, entry);
            case REFUNDED, PARKED -> Outcome.NOTHING;
        };
    }

    private Outcome lookThenCharge(FeedLease lease, LedgerEntry entry, Map<Long, Optional<ChargeableAccount>> accounts) {
        Optional<Outcome> problem = ChargeRules.dataProblem(entry.purchase()).map(why -> park(lease, entry, why));
        if (problem.isPresent()) {
            return problem.get();
        }
        Optional<Long> found;
        try {
            found = lookup(entry, ChargeRules.PURCHASE_MARK);
        } catch (IntegrationException failure) {
            return failed(lease, entry, "could not look for its charge: " + failure.getMessage());
        }
        return found.map(xdr -> record(lease, entry, entry.charged(xdr, clock.instant()), Outcome.CHARGED))
                .orElseGet(() -> checked(lease, entry, accounts).orElseGet(() -> charge(lease, entry)));
    }

    private Outcome lookThenCredit(FeedLease lease, LedgerEntry entry) {
        Optional<Long> found;
        try {
            found = lookup(entry, ChargeRules.REFUND_MARK);
        } catch (IntegrationException failure) {
            return failed(lease, entry, "could not look for its credit: " + failure.getMessage());
        }
        return found.map(xdr -> record(lease, entry, entry.credited(xdr, clock.instant()), Outcome.CREDITED))
                .orElseGet(() -> credit(lease, entry));
    }

    /** Empty when the purchase can be charged; else the outcome of parking it. */
    private Optional<Outcome> checked(FeedLease lease, LedgerEntry entry,
                                      Map<Long, Optional<ChargeableAccount>> accounts) {
        Purchase purchase = entry.purchase();
        Optional<String> problem = ChargeRules.dataProblem(purchase);
        if (problem.isEmpty()) {
            try {
                long id = ChargeRules.accountId(purchase).orElseThrow();
                Optional<ChargeableAccount> account = accounts.get(id);
                if (account == null) {
                    account = charging.account(id);
                    accounts.put(id, account);
                }
                problem = ChargeRules.accountProblem(purchase, account, settings.defaultCurrency());
            } catch (IntegrationException failure) {
                // Not sent: a SEEN entry simply stays due; a CHARGING one waits like after a failed send.
                return Optional.of(entry.state() == ChargeState.SEEN
                        ? Outcome.FAILED : failed(lease, entry, failure.getMessage()));
            }
        }
        return problem.map(why -> park(lease, entry, why));
    }

    private Outcome charge(FeedLease lease, LedgerEntry charging) {
        return send(lease, charging, ChargeRules.charge(charging.purchase(), settings.service()),
                xdr -> charging.charged(xdr, clock.instant()), Outcome.CHARGED);
    }

    private Outcome credit(FeedLease lease, LedgerEntry crediting) {
        return send(lease, crediting, ChargeRules.credit(crediting.purchase(), settings.service()),
                xdr -> crediting.credited(xdr, clock.instant()), Outcome.CREDITED);
    }

    private Outcome send(FeedLease lease, LedgerEntry entry, Transaction transaction, Function<Long, LedgerStep> done,
                         Outcome success) {
        long xdr;
        try {
            xdr = charging.transact(transaction);
        } catch (NotFoundFailure unknown) {
            return park(lease, entry, "unknown account: PortaBilling has no account " + transaction.accountId()
                    + " (" + unknown.getMessage() + "); create it or fix the external id in Minerva, then retry-charges "
                    + entry.id());
        } catch (PermanentFailure refused) {
            return park(lease, entry, refused.getMessage());
        } catch (TransientFailure unknownOutcome) {
            return failed(lease, entry, unknownOutcome.getMessage());
        }
        LOG.log(System.Logger.Level.INFO, "purchase {0}: {1} {2} {3} to account {4} as i_xdr {5}", entry.id(),
                transaction.action(), transaction.amount().toPlainString(), entry.purchase().currency(),
                String.valueOf(transaction.accountId()), String.valueOf(xdr));
        return record(lease, entry, done.apply(xdr), success);
    }

    private Optional<Long> lookup(LedgerEntry entry, String mark) {
        Instant now = clock.instant();
        OptionalLong found = charging.find(ChargeRules.accountId(entry.purchase()).orElseThrow(), settings.service(),
                mark + entry.id(), entry.purchase().at().minus(WINDOW_MARGIN), now.plus(WINDOW_MARGIN));
        if (found.isPresent()) {
            LOG.log(System.Logger.Level.INFO, "purchase {0}: its {1} of unknown outcome was applied, as i_xdr {2}; not sent"
                    + " again", entry.id(), mark.equals(ChargeRules.PURCHASE_MARK) ? "charge" : "credit",
                    String.valueOf(found.getAsLong()));
        }
        return found.isPresent() ? Optional.of(found.getAsLong()) : Optional.empty();
    }

    private Outcome failed(FeedLease lease, LedgerEntry entry, String error) {
        Instant retryAt = clock.instant().plus(settings.backoff(entry.attempts() + 1));
        LOG.log(System.Logger.Level.WARNING, "purchase {0}: send failed, outcome unknown ({1}); looked for and tried"
                + " again at {2}", entry.id(), error, retryAt.toString());
        return record(lease, entry, entry.failed(error, retryAt), Outcome.FAILED);
    }

    private Outcome park(FeedLease lease, LedgerEntry entry, String why) {
        LOG.log(System.Logger.Level.WARNING, "purchase {0} parked: {1}", entry.id(), why);
        return record(lease, entry, entry.park(why), Outcome.PARKED);
    }

    private Outcome record(FeedLease lease, LedgerEntry entry, LedgerStep step, Outcome outcome) {
        return step(lease, entry, step).map(written -> outcome).orElse(Outcome.LOST);
    }

    /** The written next state; empty when the transition was refused or the lease lost. */
    private Optional<LedgerEntry> step(FeedLease lease, LedgerEntry entry, LedgerStep step) {
        Optional<LedgerEntry> next = step.next();
        if (next.isEmpty() || !ledger.write(lease, entry, next.get())) {
            return Optional.empty();
        }
        return next;
    }
}

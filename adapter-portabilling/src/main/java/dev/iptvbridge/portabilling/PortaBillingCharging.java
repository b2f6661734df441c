package dev.iptvbridge.portabilling;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.ChargeableAccount;
import dev.iptvbridge.application.port.out.ChargingPort;
import dev.iptvbridge.application.port.out.Transaction;
import dev.iptvbridge.application.port.out.TransactionAction;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.portabilling.ApiRequests.AccountQuery;
import dev.iptvbridge.portabilling.ApiRequests.Envelope;
import dev.iptvbridge.portabilling.ChargingJson.AccountCurrencyAnswer;
import dev.iptvbridge.portabilling.ChargingJson.TransactionAnswer;
import dev.iptvbridge.portabilling.ChargingJson.TransactionRequest;
import dev.iptvbridge.portabilling.ChargingJson.XdrJson;
import dev.iptvbridge.portabilling.ChargingJson.XdrListAnswer;
import dev.iptvbridge.portabilling.ChargingJson.XdrQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Charges and credits accounts through PortaBilling's JSON API, over a session and a circuit breaker
 * of its own. A transaction is sent once, never retried here (PortaBilling has no idempotency key);
 * reads are retried like the other adapter's. Thread-safe.
 */
public final class PortaBillingCharging implements ChargingPort {

    static final int PAGE = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final PortaBillingSettings settings;
    private final ChargingApi api;
    private final PortaBillingSession session;
    private final Resilience resilience;

    PortaBillingCharging(PortaBillingSettings settings, ChargingApi api, Clock clock, PortaBillingResilience resilience) {
        this.settings = requireNonNull(settings, "settings is null");
        this.api = requireNonNull(api, "api is null");
        this.session = new PortaBillingSession(api, settings, clock);
        this.resilience = new Resilience(requireNonNull(resilience, "resilience is null"));
    }

    /** Charging for {@code settings}; it logs in on its first call, not here. */
    public static PortaBillingCharging create(PortaBillingSettings settings, PortaBillingResilience resilience) {
        requireNonNull(settings, "settings is null");
        ChargingApi api = new FeignClients(settings).target(ChargingApi.class, settings.baseUrl());
        return new PortaBillingCharging(settings, api, Clock.systemUTC(), resilience);
    }

    @Override
    public Optional<ChargeableAccount> account(long accountId) {
        String operation = "Account/get_account_info";
        AccountCurrencyAnswer answer = read(operation,
                token -> api.getAccountCurrency(token, new Envelope<>(new AccountQuery(accountId))));
        if (answer == null) {
            throw AnswerMapper.missing(operation, "its body");
        }
        return Optional.ofNullable(answer.accountInfo()).map(info -> new ChargeableAccount(accountId,
                Optional.ofNullable(info.iso4217()).filter(currency -> !currency.isBlank())));
    }

    @Override
    public long transact(Transaction transaction) {
        requireNonNull(transaction, "transaction is null");
        String operation = "Account/make_transaction";
        TransactionRequest request = new TransactionRequest(transaction.accountId(),
                transaction.action() == TransactionAction.CHARGE ? "Manual charge" : "Manual credit",
                transaction.amount().toPlainString(), transaction.service(), transaction.visibleComment(),
                transaction.internalComment(), 1);
        TransactionAnswer answer = resilience.once(operation, () -> SessionCalls.run(session, settings, operation,
                token -> api.makeTransaction(token, new Envelope<>(request))));
        if (answer == null || answer.iXdr() == null) {
            // Applied, most likely, yet unconfirmed: a transient failure makes the caller look it up.
            throw new TransientFailure("PortaBilling answered " + operation + " without an i_xdr: looked up before"
                    + " it is sent again", null);
        }
        return answer.iXdr();
    }

    @Override
    public OptionalLong find(long accountId, int service, String internalComment, Instant from, Instant to) {
        requireNonNull(internalComment, "internalComment is null");
        String operation = "Account/get_xdr_list";
        for (int offset = 0; ; offset += PAGE) {
            XdrQuery query = new XdrQuery(accountId, DATE.format(from), DATE.format(to), service, PAGE, offset);
            XdrListAnswer answer = read(operation, token -> api.getXdrList(token, new Envelope<>(query)));
            if (answer == null || answer.xdrList() == null) {
                throw AnswerMapper.missing(operation, "xdr_list");
            }
            List<XdrJson> page = answer.xdrList();
            for (XdrJson xdr : page) {
                if (xdr != null && internalComment.equals(xdr.internalComment()) && xdr.iXdr() != null) {
                    return OptionalLong.of(xdr.iXdr());
                }
            }
            if (page.size() < PAGE) {
                return OptionalLong.empty();
            }
        }
    }

    @Override
    public String toString() {
        return "PortaBillingCharging[" + settings + "]";
    }

    private <T> T read(String operation, Function<String, T> call) {
        return resilience.read(operation, () -> SessionCalls.run(session, settings, operation, call));
    }
}

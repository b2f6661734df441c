package dev.iptvbridge.sandbox.portabilling;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Account/make_transaction} and {@code Account/get_xdr_list}: one-off charges, credits and
 * payments of an account in its own currency, every one kept (with no idempotency key: the same
 * request twice applies twice, as in PortaBilling).
 */
final class Transactions {

    static final String ACCOUNT_NOT_FOUND = "Server.Account.not_found";
    static final String INVALID_AMOUNT = "Client.Account.make_transaction.invalid_amount";
    private static final Set<String> ACTIONS = Set.of("Manual charge", "Manual credit", "Manual payment");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BillingStore store;
    private final Clock clock;
    private final ChargeFaults faults;
    private final List<SimTransaction> applied = new ArrayList<>();
    private final Map<Long, String> currencies = new HashMap<>();
    private final Map<Long, BigDecimal> balances = new HashMap<>();
    private long nextXdr = 99_000;

    Transactions(BillingStore store, Clock clock, ChargeFaults faults) {
        this.store = store;
        this.clock = clock;
        this.faults = faults;
    }

    Map<String, Object> make(Map<String, Object> p) {
        Map<String, Object> answer;
        synchronized (this) {
            long iAccount = Params.requireLong(p, "i_account");
            if (store.account(iAccount).isEmpty()) {
                throw new Fault(ACCOUNT_NOT_FOUND, "account " + iAccount + " does not exist");
            }
            String action = Params.optionalText(p, "action").orElse("");
            if (!ACTIONS.contains(action)) {
                throw Fault.badRequest("'action' must be one of " + ACTIONS + ", got '" + action + "'");
            }
            Object raw = p.get("amount");
            if (!(raw instanceof String text) || !DECIMAL.matcher(text).matches() || new BigDecimal(text).signum() <= 0) {
                throw new Fault(INVALID_AMOUNT, "'amount' must be a positive decimal sent as a string, got "
                        + Params.describe(raw));
            }
            BigDecimal amount = new BigDecimal(text);
            BigDecimal charged = action.equals("Manual charge") ? amount : amount.negate();
            SimTransaction transaction = new SimTransaction(nextXdr++, iAccount, action, amount, charged,
                    Params.intOr(p, "i_service", 0), Params.optionalText(p, "visible_comment").orElse(""),
                    Params.optionalText(p, "internal_comment").orElse(""), now());
            applied.add(transaction);
            BigDecimal balance = balances.merge(iAccount, charged, BigDecimal::add);
            answer = Map.of("i_xdr", transaction.iXdr(), "balance", balance.toPlainString());
        }
        faults.afterTransaction();
        return answer;
    }

    synchronized Map<String, Object> xdrList(Map<String, Object> p) {
        long iAccount = Params.requireLong(p, "i_account");
        if (store.account(iAccount).isEmpty()) {
            throw new Fault(ACCOUNT_NOT_FOUND, "account " + iAccount + " does not exist");
        }
        LocalDateTime from = time(p, "from_date");
        LocalDateTime to = time(p, "to_date");
        OptionalLong service = Params.optionalLong(p, "i_service");
        List<Map<String, Object>> list = new ArrayList<>();
        for (SimTransaction t : applied) {
            if (t.iAccount() == iAccount && !t.billTime().isBefore(from) && t.billTime().isBefore(to)
                    && (service.isEmpty() || t.iService() == service.getAsLong())) {
                list.add(view(t));
            }
        }
        int offset = Params.intOr(p, "offset", 0);
        int limit = Params.intOr(p, "limit", Integer.MAX_VALUE);
        List<Map<String, Object>> page = offset >= list.size() ? List.of()
                : list.subList(offset, (int) Math.min(list.size(), (long) offset + limit));
        return Map.of("xdr_list", page);
    }

    synchronized void currency(long iAccount, String iso4217) {
        currencies.put(iAccount, iso4217);
    }

    synchronized Optional<String> currency(long iAccount) {
        return Optional.ofNullable(currencies.get(iAccount));
    }

    synchronized List<SimTransaction> applied() {
        return List.copyOf(applied);
    }

    synchronized void clear() {
        applied.clear();
        currencies.clear();
        balances.clear();
    }

    private static Map<String, Object> view(SimTransaction t) {
        Map<String, Object> xdr = new LinkedHashMap<>();
        xdr.put("i_xdr", t.iXdr());
        xdr.put("bill_time", TIME.format(t.billTime()));
        xdr.put("charged_amount", t.chargedAmount().toPlainString());
        xdr.put("CLD", t.visibleComment());
        xdr.put("internal_comment", t.internalComment());
        xdr.put("i_service", t.iService());
        return xdr;
    }

    private static LocalDateTime time(Map<String, Object> p, String name) {
        String value = Params.optionalText(p, name).orElseThrow(() -> Fault.badRequest("'" + name
                + "' is required, e.g. \"2026-11-25 00:00:00\""));
        try {
            return LocalDateTime.parse(value, TIME);
        } catch (DateTimeParseException e) {
            throw Fault.badRequest("'" + name + "' must look like \"2026-11-25 00:00:00\", got '" + value + "'");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
    }
}

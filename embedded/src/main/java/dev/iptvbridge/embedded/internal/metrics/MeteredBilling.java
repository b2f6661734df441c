package dev.iptvbridge.embedded.internal.metrics;

import dev.iptvbridge.application.port.out.BillingPort;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.ProvisioningStatusPort;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Times every PortaBilling call by operation and status. */
public final class MeteredBilling implements BillingPort, ProvisioningStatusPort {

    private static final String SYSTEM = "portabilling";
    private final BillingPort billing;
    private final ProvisioningStatusPort status;
    private final BridgeMetrics metrics;

    public MeteredBilling(BillingPort billing, ProvisioningStatusPort status, BridgeMetrics metrics) {
        this.billing = billing;
        this.status = status;
        this.metrics = metrics;
        metrics.expectCalls(SYSTEM, java.util.List.of("get_account_info", "get_customer_info", "get_account_list",
                "report_status"));
    }

    @Override
    public Optional<Account> readAccount(long accountId) {
        return metrics.timeCall(SYSTEM, "get_account_info", () -> billing.readAccount(accountId));
    }

    @Override
    public Optional<Customer> readCustomer(long customerId) {
        return metrics.timeCall(SYSTEM, "get_customer_info", () -> billing.readCustomer(customerId));
    }

    @Override
    public Page<Account> listAccounts(OptionalLong customerId, OptionalInt environment, int offset, int limit) {
        return metrics.timeCall(SYSTEM, "get_account_list",
                () -> billing.listAccounts(customerId, environment, offset, limit));
    }

    @Override
    public void report(long accountId, ProvisioningStatus reported, String message) {
        metrics.timeCall(SYSTEM, "report_status", () -> status.report(accountId, reported, message));
    }
}

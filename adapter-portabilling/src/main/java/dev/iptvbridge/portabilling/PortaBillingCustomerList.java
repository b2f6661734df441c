package dev.iptvbridge.portabilling;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.CustomerListPort;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.portabilling.ApiAnswers.CustomerListAnswer;
import dev.iptvbridge.portabilling.ApiRequests.CustomerListQuery;
import dev.iptvbridge.portabilling.ApiRequests.Envelope;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code Customer/get_customer_list} page by page, over the session, breaker and retries of a
 * {@link PortaBillingAdapter}. Thread-safe.
 */
public final class PortaBillingCustomerList implements CustomerListPort {

    private final PortaBillingAdapter adapter;

    public PortaBillingCustomerList(PortaBillingAdapter adapter) {
        this.adapter = requireNonNull(adapter, "adapter is null");
    }

    @Override
    public Page<Customer> listCustomers(OptionalInt environment, int offset, int limit) {
        requireNonNull(environment, "environment is null");
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit > 0, were " + offset + " and " + limit);
        }
        String operation = "Customer/get_customer_list";
        CustomerListQuery query = new CustomerListQuery(environment.isPresent() ? environment.getAsInt() : null, limit,
                offset, 1);
        CustomerListAnswer answer = adapter.read(operation,
                token -> adapter.api().getCustomerList(token, new Envelope<>(query)));
        if (answer == null || answer.customerList() == null) {
            throw AnswerMapper.missing(operation, "customer_list");
        }
        List<Customer> customers = new ArrayList<>(answer.customerList().size());
        for (int i = 0; i < answer.customerList().size(); i++) {
            customers.add(AnswerMapper.customer(operation, "customer_list[" + i + "]", answer.customerList().get(i)));
        }
        // without get_total's answer, a full page promises at least one more
        long total = answer.total() != null ? answer.total()
                : offset + customers.size() + (customers.size() >= limit ? 1 : 0);
        return new Page<>(customers, total);
    }
}

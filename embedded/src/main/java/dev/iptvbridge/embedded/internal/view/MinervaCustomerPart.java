package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.List;

/** A Minerva customer: what Minerva holds now, or what the bridge last left there. */
public record MinervaCustomerPart(String login, String name, String status, List<String> packages, boolean wholeHomeDvr) {

    static MinervaCustomerPart of(IptvCustomer customer) {
        return new MinervaCustomerPart(customer.login(), customer.name(), customer.status().name(),
                List.copyOf(customer.packages()), customer.wholeHomeDvr());
    }
}

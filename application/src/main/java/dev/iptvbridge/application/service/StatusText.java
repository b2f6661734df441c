package dev.iptvbridge.application.service;

import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.Optional;

/** A Minerva customer in one line, as PortaBilling's provisioning status shows it. */
final class StatusText {

    private StatusText() {
    }

    static String of(Optional<IptvCustomer> customer) {
        return customer.map(StatusText::describe).orElse("no customer in Minerva");
    }

    private static String describe(IptvCustomer customer) {
        String packages = customer.packages().size() + (customer.packages().size() == 1 ? " package " : " packages ")
                + customer.packages();
        return (customer.isEnabled() ? "enabled with " : "disabled, keeping ") + packages
                + (customer.wholeHomeDvr() ? " and whole-home DVR" : "");
    }
}

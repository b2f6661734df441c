package dev.iptvbridge.sandbox.portabilling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds and changes customer records from {@code customer_info} maps, and names the events a change emits. */
final class CustomerBuilder {

    private CustomerBuilder() {
    }

    static CustomerRecord create(Map<String, Object> info, long iCustomer, int environment) {
        String name = Params.optionalText(info, "name").filter(s -> !s.isBlank())
                .orElseThrow(() -> Fault.badRequest("customer_info.name is required, e.g. \"Alice Anders\""));
        return new CustomerRecord(iCustomer, name, RecordParser.env(info, environment),
                RecordParser.customerStatus(info, "O"), Params.optionalFlag(info, "blocked").orElse(false));
    }

    static CustomerRecord update(CustomerRecord before, Map<String, Object> changes) {
        for (String key : changes.keySet()) {
            if (!key.equals("i_customer") && !key.equals("name") && !key.equals("bill_status") && !key.equals("blocked")) {
                throw Fault.badRequest("customer_info field '" + key
                        + "' cannot be changed in the simulator; it changes [bill_status, blocked, name]");
            }
        }
        if (changes.containsKey("i_customer") && Params.requireLong(changes, "i_customer") != before.iCustomer()) {
            throw Fault.badRequest("i_customer in the changes (" + changes.get("i_customer") + ") differs from the customer "
                    + before.iCustomer() + " being changed");
        }
        String name = Params.optionalText(changes, "name").orElse(before.name());
        return new CustomerRecord(before.iCustomer(), name, before.iEnv(),
                RecordParser.customerStatus(changes, before.billStatus()),
                Params.optionalFlag(changes, "blocked").orElse(before.blocked()));
    }

    /** The internal event types; a change of name alone emits none (it does not matter to IPTV; modelled). */
    static List<String> changes(CustomerRecord before, CustomerRecord after) {
        List<String> types = new ArrayList<>();
        if (before.blocked() != after.blocked()) {
            types.add(after.blocked() ? EventNames.CUSTOMER_BLOCKED : EventNames.CUSTOMER_UNBLOCKED);
        }
        if (!before.billStatus().equals(after.billStatus())) {
            if (after.closed()) {
                types.add(EventNames.CUSTOMER_CLOSED);
            } else if ("S".equals(after.billStatus())) {
                types.add(EventNames.CUSTOMER_SUSPENDED);
            } else {
                types.add(EventNames.CUSTOMER_SUSPENSION_REMOVED);
            }
        }
        return types;
    }
}

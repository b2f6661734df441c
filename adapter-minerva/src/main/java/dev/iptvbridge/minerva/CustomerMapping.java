package dev.iptvbridge.minerva;

import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Between Minerva's JSON and the domain. An answer missing a field the bridge needs is a
 * {@link PermanentFailure} naming the field: the wire format differs from our model.
 */
final class CustomerMapping {

    private CustomerMapping() {
    }

    static String externalId(long accountId) {
        return String.valueOf(accountId);
    }

    static NewCustomerJson toNew(IptvCustomer customer) {
        return new NewCustomerJson(externalId(customer.account()), customer.login(), customer.name(),
                customer.status().name(), List.copyOf(customer.packages()), customer.wholeHomeDvr());
    }

    /** Empty when the external id is not an {@code i_account}: the customer was not made by the bridge. */
    static Optional<IptvCustomer> toDomainIfOurs(CustomerJson json, String action) {
        String externalId = require(json, action).externalId();
        if (externalId == null || !externalId.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(toDomain(json, action));
    }

    static IptvCustomer toDomain(CustomerJson json, String action) {
        require(json, action);
        String externalId = field(json.externalId(), "externalId", action);
        long account;
        try {
            account = Long.parseLong(externalId);
        } catch (NumberFormatException e) {
            throw malformed(action, "externalId '" + externalId + "' is not an i_account");
        }
        String status = field(json.status(), "status", action);
        IptvStatus iptvStatus;
        try {
            iptvStatus = IptvStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw malformed(action, "status '" + status + "' is neither ENABLED nor DISABLED");
        }
        List<String> packages = field(json.packages(), "packages", action);
        if (packages.contains(null)) {
            throw malformed(action, "packages holds a null");
        }
        return new IptvCustomer(account, field(json.login(), "login", action),
                json.name() == null ? "" : json.name(), iptvStatus, new TreeSet<>(packages),
                field(json.wholeHomeDvr(), "wholeHomeDvr", action));
    }

    static IptvPackage toDomain(PackageJson json, String action) {
        if (json == null) {
            throw malformed(action, "a package is null");
        }
        return new IptvPackage(field(json.id(), "id", action), field(json.name(), "name", action),
                field(json.type(), "type", action));
    }

    static <T> T field(T value, String name, String action) {
        if (value == null) {
            throw malformed(action, "field '" + name + "' is missing");
        }
        return value;
    }

    private static CustomerJson require(CustomerJson json, String action) {
        if (json == null) {
            throw malformed(action, "the answer has no body");
        }
        return json;
    }

    static PermanentFailure malformed(String action, String problem) {
        return new PermanentFailure(action + ": Minerva's answer does not match the modelled API (docs/minerva.md): "
                + problem + ". If Minerva's wire format differs, adapt adapter-minerva");
    }
}

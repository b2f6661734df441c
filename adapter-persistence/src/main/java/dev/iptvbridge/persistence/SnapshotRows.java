package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.ComparedAccount;
import dev.iptvbridge.application.port.out.SnapshotAccount;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Between the snapshot tables' columns and the port's values: packages one per line, add-ons comma separated. */
final class SnapshotRows {

    private SnapshotRows() {
    }

    static String packages(IptvCustomer customer) {
        return String.join("\n", customer.packages());
    }

    static TreeSet<String> packages(String text) {
        TreeSet<String> ids = new TreeSet<>();
        if (text != null && !text.isEmpty()) {
            ids.addAll(Arrays.asList(text.split("\n")));
        }
        return ids;
    }

    static String addOns(List<Long> products) {
        return products.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> addOns(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }

    /** A row of the billed walk (columns a_*, c_*, p_*, known) or of the unbilled one (a_* and c_* NULL). */
    static ComparedAccount compared(long accountId, ResultSet rs) throws SQLException {
        Optional<SnapshotAccount> account = Optional.empty();
        if (rs.getObject("a_customer") != null) {
            account = Optional.of(new SnapshotAccount(accountId, rs.getString("a_display"), rs.getLong("a_customer"),
                    rs.getLong("a_product"), addOns(rs.getString("a_add_ons")), rs.getBoolean("a_blocked"),
                    BillStatus.valueOf(rs.getString("a_status"))));
        }
        Optional<Customer> customer = Optional.empty();
        if (rs.getObject("c_id") != null) {
            customer = Optional.of(new Customer(rs.getLong("c_id"), rs.getString("c_name"),
                    CustomerStatus.valueOf(rs.getString("c_status")), rs.getBoolean("c_blocked")));
        }
        Optional<IptvCustomer> platform = Optional.empty();
        if (rs.getString("p_status") != null) {
            platform = Optional.of(new IptvCustomer(accountId, rs.getString("p_login"), rs.getString("p_name"),
                    IptvStatus.valueOf(rs.getString("p_status")), packages(rs.getString("p_packages")),
                    rs.getBoolean("p_dvr")));
        }
        return new ComparedAccount(accountId, account, customer, platform, rs.getBoolean("known"));
    }
}

package dev.iptvbridge.persistence;

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
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Between the snapshot tables' rows and the port's values: packages one per line, add-ons comma separated. */
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

    /** A row of {@code compare_account}. */
    static SnapshotAccount account(ResultSet rs) throws SQLException {
        return new SnapshotAccount(rs.getLong("account_id"), rs.getString("display_id"), rs.getLong("customer_id"),
                rs.getLong("main_product"), addOns(rs.getString("add_ons")), rs.getBoolean("blocked"),
                BillStatus.valueOf(rs.getString("bill_status")));
    }

    /** A row of {@code compare_customer}. */
    static Customer customer(ResultSet rs) throws SQLException {
        return new Customer(rs.getLong("customer_id"), rs.getString("customer_name"),
                CustomerStatus.valueOf(rs.getString("status")), rs.getBoolean("blocked"));
    }

    /** A row of {@code compare_platform}. */
    static IptvCustomer platform(ResultSet rs) throws SQLException {
        return new IptvCustomer(rs.getLong("account_id"), rs.getString("login"), rs.getString("customer_name"),
                IptvStatus.valueOf(rs.getString("status")), packages(rs.getString("packages")),
                rs.getBoolean("whole_home_dvr"));
    }
}

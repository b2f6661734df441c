package dev.iptvbridge.domain.provisioning;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A customer as the IPTV platform holds it: observed before a plan, or expected after one.
 *
 * @param account       the PortaBilling {@code i_account}, the platform's stable key
 * @param login         follows the account's display id
 * @param name          the PortaBilling customer's name
 * @param status        enabled or disabled
 * @param packages      the platform packages, sorted
 * @param wholeHomeDvr  the whole-home DVR switch
 */
public record IptvCustomer(long account, String login, String name, IptvStatus status,
                           SortedSet<String> packages, boolean wholeHomeDvr) {

    public IptvCustomer {
        requireNonNull(login, "login is null");
        requireNonNull(name, "name is null");
        requireNonNull(status, "status is null");
        packages = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(packages, "packages is null")));
    }

    public boolean isEnabled() {
        return status == IptvStatus.ENABLED;
    }

    public IptvCustomer withStatus(IptvStatus newStatus) {
        return new IptvCustomer(account, login, name, newStatus, packages, wholeHomeDvr);
    }

    public IptvCustomer withPackages(SortedSet<String> newPackages) {
        return new IptvCustomer(account, login, name, status, newPackages, wholeHomeDvr);
    }

    public IptvCustomer withProfile(String newLogin, String newName, boolean newWholeHomeDvr) {
        return new IptvCustomer(account, newLogin, newName, status, packages, newWholeHomeDvr);
    }
}

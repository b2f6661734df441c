package dev.iptvbridge.application.service;

import dev.iptvbridge.application.port.out.ServiceHistoryPort;
import dev.iptvbridge.domain.history.ServiceChange;
import dev.iptvbridge.domain.history.ServiceState;
import java.time.Instant;
import java.util.Arrays;

/**
 * The accounts the service history shows served once and given nothing now (terminated, or every
 * service package taken away), as a compact array: they are read after the history's stream is closed,
 * so that no database transaction stays open during remote calls.
 */
final class FormerCustomers {

    private long[] accounts = new long[1024];
    private int size;
    private long account = -1;
    private boolean servedNow;
    private String servicePackage;
    private ServiceState latest;

    static long[] of(ServiceHistoryPort history, Instant now) {
        FormerCustomers former = new FormerCustomers();
        history.forEachBefore(now, former::take);
        former.close();
        return Arrays.copyOf(former.accounts, former.size);
    }

    // Changes come by account, then service package, then time: the last of each package is where it stands.
    private void take(ServiceChange change) {
        if (change.account() != account) {
            close();
            account = change.account();
            servedNow = false;
        } else if (!change.servicePackage().equals(servicePackage)) {
            servedNow |= latest != ServiceState.ABSENT;
        }
        servicePackage = change.servicePackage();
        latest = change.standing().state();
    }

    private void close() {
        if (account < 0) {
            return;
        }
        if (!servedNow && latest == ServiceState.ABSENT) {
            if (size == accounts.length) {
                accounts = Arrays.copyOf(accounts, size * 2);
            }
            accounts[size++] = account;
        }
        account = -1;
        servicePackage = null;
    }
}

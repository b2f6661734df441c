package dev.iptvbridge.application.port.out;

import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The IPTV platform (Minerva): customers keyed by the account's {@code i_account}.
 * Every method may throw an {@link IntegrationException}. Adapters make the calls safe to
 * repeat: creating a customer that exists and deleting one that is gone succeed quietly.
 */
public interface IptvPlatformPort {

    Optional<IptvCustomer> find(long accountId);

    /** Customers page by page, pages from 0. */
    Page<IptvCustomer> list(int page, int size);

    /**
     * Creates the customer whole. When it already exists (created by an earlier attempt whose
     * answer was lost) it is left as it is and false is returned: the caller re-reads and converges.
     */
    boolean create(IptvCustomer customer);

    void enable(long accountId);

    void disable(long accountId, String reason);

    void setPackages(long accountId, SortedSet<String> packages);

    void changeProfile(long accountId, ProfileChange change);

    /** Deletes the customer; one already gone is not an error. */
    void delete(long accountId);

    List<IptvPackage> listPackages();
}

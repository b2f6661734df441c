package dev.iptvbridge.application.port.in;

/**
 * Revenue assurance: compares what every Minerva customer receives with the PortaBilling
 * subscriptions that charge for it, using the catalog's {@code subscriptions:} of each service package.
 */
public interface CheckRevenueUseCase {

    /**
     * Reads Minerva page by page and each customer's subscriptions, waiting as long as a system asks
     * (HTTP 429, Retry-After) and trying again; changes nothing.
     *
     * @throws dev.iptvbridge.application.port.out.IntegrationException when Minerva or PortaBilling stays
     *         unreachable or refuses the bridge: the check is incomplete, and nothing is reported
     */
    RevenueReport check(ProgressListener progress);
}

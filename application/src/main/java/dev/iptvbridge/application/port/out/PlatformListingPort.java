package dev.iptvbridge.application.port.out;

/**
 * Lists every customer the IPTV platform holds, page by page from page 0, those the bridge did not
 * make included: the comparison counts them. No order is promised. Failures are
 * {@link IntegrationException}s.
 */
public interface PlatformListingPort {

    /** @param size at most 1,000 */
    PlatformPage listEverything(int page, int size);
}

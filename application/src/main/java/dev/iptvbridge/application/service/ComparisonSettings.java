package dev.iptvbridge.application.service;

/**
 * How a comparison reads the two systems.
 *
 * @param billingPageReads pages of PortaBilling read at once (1 to 16)
 * @param minervaPageReads pages of Minerva read at once (1 to 16)
 */
public record ComparisonSettings(int billingPageReads, int minervaPageReads) {

    public static final ComparisonSettings DEFAULT = new ComparisonSettings(2, 2);

    public ComparisonSettings {
        if (billingPageReads < 1 || billingPageReads > 16 || minervaPageReads < 1 || minervaPageReads > 16) {
            throw new IllegalArgumentException("page reads at once must be from 1 to 16, not " + billingPageReads
                    + " and " + minervaPageReads);
        }
    }
}

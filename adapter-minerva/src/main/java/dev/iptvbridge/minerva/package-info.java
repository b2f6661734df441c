/**
 * The Minerva adapter: implements {@link dev.iptvbridge.application.port.out.IptvPlatformPort} over
 * Minerva's subscriber back-office API with Feign. The wire format is our model of that API
 * ({@code docs/minerva.md}, {@code /work/shared/reference/minerva.md}), because Minerva's manual is
 * not public: a deployment that finds a different format changes only this package. Public:
 * {@link dev.iptvbridge.minerva.MinervaAdapter} and {@link dev.iptvbridge.minerva.MinervaSettings};
 * the Feign interface, JSON records and error decoder stay package-private.
 */
package dev.iptvbridge.minerva;

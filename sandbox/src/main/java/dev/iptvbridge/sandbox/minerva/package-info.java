/**
 * A simulator of Minerva's subscriber back-office API as modelled in {@code docs/minerva.md}:
 * packages, customers, Basic authentication, the {@code MinervaError} answers, and injectable
 * faults (latency, failures, timeouts, dropped connections, rate limit, concurrency cap).
 * Embeddable in tests through {@link dev.iptvbridge.sandbox.minerva.MinervaSimulator} and runnable
 * on its own through {@link dev.iptvbridge.sandbox.minerva.MinervaSimulatorCommand}.
 */
package dev.iptvbridge.sandbox.minerva;

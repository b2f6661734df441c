package dev.iptvbridge.application.port.out;

import java.util.Set;

/**
 * Which remote systems are down as a whole right now (their circuit breaker is not closed).
 * Workers claim no work while a system it needs is named here, so that an outage costs no
 * attempts; something outside the use cases keeps probing the system until it answers.
 */
public interface RemoteSystemsPort {

    /** The systems that cannot take calls now; empty when all are up. Cheap: no remote call. */
    Set<RemoteSystem> unavailable();
}

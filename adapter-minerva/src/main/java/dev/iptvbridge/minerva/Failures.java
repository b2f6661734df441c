package dev.iptvbridge.minerva;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;

/** The default meaning of an error status, by status alone (docs/minerva.md, "Error classification"). */
final class Failures {

    private Failures() {
    }

    static IntegrationException classify(String action, MinervaCallException e) {
        int status = e.status();
        String said = " (Minerva said: " + e.getMessage() + ")";
        if (status == 401 || status == 403) {
            return new PermanentFailure(action + ": Minerva refused the bridge's credentials" + said
                    + "; check the minerva username and password in the configuration", e);
        }
        if (status == 404) {
            return new NotFoundFailure(action + ": Minerva has no such customer" + said);
        }
        if (status == 429) {
            return new TransientFailure(action + ": Minerva is rate limiting the bridge" + said
                    + e.retryAfter().map(d -> "; retry after " + d.toSeconds() + " s").orElse(""), e.retryAfter(), e);
        }
        if (status >= 500) {
            return new TransientFailure(action + ": Minerva failed or is unavailable" + said, e);
        }
        if (status == 400) {
            return new PermanentFailure(action + ": Minerva refused the request as invalid" + said
                    + "; check the account's data in PortaBilling and the catalog", e);
        }
        return new PermanentFailure(action + ": unexpected answer from Minerva" + said
                + "; check the minerva baseUrl and docs/minerva.md", e);
    }
}

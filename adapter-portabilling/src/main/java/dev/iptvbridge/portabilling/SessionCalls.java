package dev.iptvbridge.portabilling;

import dev.iptvbridge.application.port.out.PermanentFailure;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A call with the session's token: on a rejected token, one login and one more try. */
final class SessionCalls {

    private static final Logger LOG = LoggerFactory.getLogger(SessionCalls.class);

    private SessionCalls() {
    }

    static <T> T run(PortaBillingSession session, PortaBillingSettings settings, String operation,
                     Function<String, T> call) {
        String token = session.accessToken();
        try {
            return RemoteCall.run(operation, settings.baseUrl(), () -> call.apply(token));
        } catch (SessionRejected rejected) {
            LOG.info("PortaBilling rejected the session during {} ({}): logging in again", operation,
                    rejected.reason());
        }
        String renewed = session.renewAfterRejection(token);
        try {
            return RemoteCall.run(operation, settings.baseUrl(), () -> call.apply(renewed));
        } catch (SessionRejected again) {
            throw new PermanentFailure("PortaBilling rejected a fresh session of user '" + settings.login()
                    + "' for " + operation + " (" + again.reason() + "): check that this user may call it and "
                    + "that no proxy strips the Authorization header");
        }
    }
}

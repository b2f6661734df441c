package dev.iptvbridge.portabilling.espf;

/**
 * The credentials PortaBilling sends with each webhook and the limits of a request.
 *
 * @param username     the Basic authentication user configured in PortaBilling's ESPF handler
 * @param password     its password; never shown by {@link #toString()}
 * @param headerName   the header that carries {@code Basic base64(user:password)}; null or blank means
 *                     {@value #DEFAULT_HEADER}
 * @param maxBodyBytes the largest body accepted; 0 or less is refused
 */
public record EspfWebhookSettings(String username, String password, String headerName, int maxBodyBytes) {

    /** The header PortaBilling uses unless configured otherwise. */
    public static final String DEFAULT_HEADER = "Authorization";
    /** A limit far above any ESPF event (they are a few hundred bytes). */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    public EspfWebhookSettings {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("webhook.username is missing: set it to the user configured for the "
                    + "bridge's webhook in PortaBilling's ESPF handler");
        }
        if (username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("webhook.username must not contain ':' (Basic authentication "
                    + "separates user and password with it): choose another user name");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("webhook.password is missing: set it to the password configured for "
                    + "the bridge's webhook in PortaBilling's ESPF handler");
        }
        headerName = headerName == null || headerName.isBlank() ? DEFAULT_HEADER : headerName.trim();
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("webhook.maxBodyBytes must be positive (was " + maxBodyBytes
                    + "): set it to something like " + DEFAULT_MAX_BODY_BYTES);
        }
    }

    /** Settings with the default header and body limit. */
    public EspfWebhookSettings(String username, String password) {
        this(username, password, DEFAULT_HEADER, DEFAULT_MAX_BODY_BYTES);
    }

    @Override
    public String toString() {
        return "EspfWebhookSettings[username=" + username + ", password=***, headerName=" + headerName
                + ", maxBodyBytes=" + maxBodyBytes + "]";
    }
}

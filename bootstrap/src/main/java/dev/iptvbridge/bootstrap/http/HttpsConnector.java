package dev.iptvbridge.bootstrap.http;

import dev.iptvbridge.embedded.config.TlsSettings;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.KeyStoreScanner;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTPS listener: the PKCS#12 keystore of {@code http.tls.keystore}, checked every
 * {@code http.tls.scanInterval} by Jetty's {@link KeyStoreScanner}, which loads a changed file
 * without a restart; connections already open keep the certificate they began with.
 */
final class HttpsConnector {

    private static final Logger LOG = LoggerFactory.getLogger(HttpsConnector.class);

    private HttpsConnector() {
    }

    static Connector create(Server server, HttpConfiguration http, TlsSettings tls, String host, int port) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        String keystore = tls.keystore().orElseThrow().toString();
        ssl.setKeyStorePath(keystore);
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword(tls.password());
        ssl.setKeyManagerPassword(tls.password());
        HttpConfiguration https = new HttpConfiguration(http);
        // The bridge has no host name to check against: SNI is the caller's concern, not a reason to refuse.
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        KeyStoreScanner scanner = new KeyStoreScanner(ssl);
        scanner.setScanInterval((int) Math.min(Integer.MAX_VALUE, tls.scanInterval().toSeconds()));
        server.addBean(scanner);
        LOG.info("serving HTTPS from keystore {}, checked for a new certificate every {}", keystore, tls.scanInterval());
        return connector;
    }
}

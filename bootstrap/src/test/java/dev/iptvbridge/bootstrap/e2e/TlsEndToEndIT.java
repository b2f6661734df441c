package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from a PKCS#12 keystore that an operator replaces while the daemon runs, and /metrics behind the admin login. */
class TlsEndToEndIT {

    private static final String PASSWORD = "keystore-secret";

    @TempDir
    static Path data;
    static SandboxWorld world;
    static Path served;
    static KeyStore trusted;

    @BeforeAll
    static void start() throws Exception {
        Path first = keystore("first");
        Path second = keystore("second");
        trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("first", certificate(first));
        trusted.setCertificateEntry("second", certificate(second));
        served = data.resolve("bridge.p12");
        Files.copy(first, served);
        world = SandboxWorld.start(SandboxOptions.ephemeral(data.resolve("sandbox"), Map.of(
                "maintenance.sweepInterval", "0s", "http.tls.keystore", served.toString(),
                "http.tls.password", PASSWORD, "http.tls.scanInterval", "1s", "http.metricsAuth", "true")));
        world.billing().espf().pause();
    }

    @AfterAll
    static void stop() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void the_listener_serves_https_and_a_replaced_keystore_is_served_without_a_restart() throws Exception {
        HttpResponse<String> live = get("/health/live", null);
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(servedName(live)).isEqualTo("CN=first");

        Path replacement = data.resolve("second.p12");
        Files.copy(replacement, data.resolve("bridge.p12.new"));
        Files.move(data.resolve("bridge.p12.new"), served, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);

        await().atMost(E2e.PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> servedName(get("/health/live", null)).equals("CN=second"));
        assertThat(get("/health/ready", null).statusCode()).isEqualTo(200);
    }

    @Test
    void metrics_ask_for_the_admin_credentials_when_metrics_auth_is_on() throws Exception {
        HttpResponse<String> anonymous = get("/metrics", null);
        HttpResponse<String> wrong = get("/metrics", "Basic " + base64("admin:wrong"));
        HttpResponse<String> admin = get("/metrics", "Basic " + base64(SandboxWorld.ADMIN_USER + ":"
                + SandboxWorld.ADMIN_PASSWORD));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("iptv_bridge_events_received_total", "jetty_requests_total");
        assertThat(get("/health/live", null).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        // A new client each time: a new connection, so a new handshake shows the certificate served now.
        SSLContext tls = SSLContext.getInstance("TLS");
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        tls.init(null, trust.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + world.httpPort() + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String servedName(HttpResponse<String> response) throws Exception {
        Certificate[] chain = response.sslSession().orElseThrow().getPeerCertificates();
        return ((X509Certificate) chain[0]).getSubjectX500Principal().getName();
    }

    private static Path keystore(String name) throws IOException, InterruptedException {
        Path file = data.resolve(name + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "bridge", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=" + name, "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD,
                "-keypass", PASSWORD)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("keytool: " + output).isZero();
        return file;
    }

    private static Certificate certificate(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store.getCertificate("bridge");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

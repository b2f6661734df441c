package dev.iptvbridge.sandbox.minerva;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code minerva-sim purchase}: records a purchase (or refunds one) in a running simulator, over its HTTP API. */
@Command(name = "purchase", mixinStandardHelpOptions = true,
        description = "Records a purchase in a running Minerva simulator (POST /purchases), or refunds one with --refund.")
public final class MakePurchaseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:9090" + MinervaSimulator.API_PATH,
            description = "The simulator's API (default: ${DEFAULT-VALUE}).")
    private String url;

    @Option(names = "--username", defaultValue = "minerva", description = "Basic-auth user (default: ${DEFAULT-VALUE}).")
    private String username;

    @Option(names = "--password", defaultValue = "minerva-secret", description = "Basic-auth password (default: minerva-secret).")
    private String password;

    @Option(names = "--account", description = "The customer's external id (the PortaBilling i_account).")
    private String account;

    @Option(names = "--kind", defaultValue = "VOD", description = "VOD or PPV (default: ${DEFAULT-VALUE}).")
    private String kind;

    @Option(names = "--title", defaultValue = "Dune", description = "What was bought (default: ${DEFAULT-VALUE}).")
    private String title;

    @Option(names = "--price", defaultValue = "3.99", description = "A decimal, as a string (default: ${DEFAULT-VALUE}).")
    private String price;

    @Option(names = "--currency", defaultValue = "USD", description = "ISO 4217 currency (default: ${DEFAULT-VALUE}).")
    private String currency;

    @Option(names = "--refund", paramLabel = "PURCHASE", description = "Refund this purchase instead.")
    private String refund;

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpRequest.Builder request;
        if (refund != null) {
            request = HttpRequest.newBuilder(URI.create(url + "/purchases/" + refund + "/refund"))
                    .POST(HttpRequest.BodyPublishers.noBody());
        } else {
            if (account == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--account is required for a purchase: give the customer's external id, e.g. --account 1000889");
            }
            Map<String, String> body = new LinkedHashMap<>();
            body.put("externalId", account);
            body.put("kind", kind);
            body.put("title", title);
            body.put("price", price);
            body.put("currency", currency);
            request = HttpRequest.newBuilder(URI.create(url + "/purchases"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        }
        String auth = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + auth)
                .build(), HttpResponse.BodyHandlers.ofString());
        (answer.statusCode() == 201 ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(answer.body());
        return answer.statusCode() == 201 ? 0 : 1;
    }
}

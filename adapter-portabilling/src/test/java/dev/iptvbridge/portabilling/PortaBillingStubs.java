package dev.iptvbridge.portabilling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.time.Duration;
import java.time.Instant;

/** The reference's answers (/work/shared/reference/portabilling.md §2) as WireMock stubs. */
final class PortaBillingStubs {

    static final String LOGIN = "bridge";
    static final String PASSWORD = "bridge-secret";
    static final String LOGIN_BODY = "{\"params\": {\"login\": \"bridge\", \"password\": \"bridge-secret\"}}";
    static final String ACCOUNT_INFO = """
            {"account_info": {
              "i_account": 1000889, "id": "alice@tv.example", "i_customer": 5001, "i_env": 3,
              "i_product": 101, "product_name": "TV Basic",
              "blocked": "N", "bill_status": "O",
              "assigned_addons": [
                {"i_product": 201, "name": "Sports pack", "addon_priority": 10,
                 "addon_effective_from": "2026-11-01T00:00:00", "addon_effective_to": null}
              ]}}""";
    static final String CUSTOMER_INFO = """
            {"customer_info": {"i_customer": 5001, "name": "Alice", "bill_status": "O", "blocked": "N"}}""";

    private PortaBillingStubs() {
    }

    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(40))
                .build();
    }

    static PortaBillingSettings settings(WireMockExtension wm, Duration readTimeout) {
        return new PortaBillingSettings("http://127.0.0.1:" + wm.getPort(), LOGIN, PASSWORD, Duration.ofSeconds(2),
                readTimeout);
    }

    static PortaBillingAdapter adapter(WireMockExtension wm) {
        return PortaBillingAdapter.create(settings(wm, Duration.ofSeconds(5)));
    }

    /** {@code Session/login} with the reference's answer, handing out {@code token}. */
    static void login(WireMockExtension wm, String token, Instant expiresAt) {
        wm.stubFor(loginRequest().willReturn(session(token, expiresAt)));
    }

    static MappingBuilder loginRequest() {
        return post(urlEqualTo("/rest/Session/login")).withRequestBody(equalToJson(LOGIN_BODY));
    }

    static ResponseDefinitionBuilder session(String token, Instant expiresAt) {
        String at = expiresAt.toString().replace('T', ' ').replace("Z", "");
        return okJson("{\"access_token\": \"" + token + "\", \"expires_at\": \"" + at
                + "\", \"refresh_token\": \"refresh-" + token + "\", \"session_id\": \"sid-" + token + "\"}");
    }

    /** A {@code /rest} call with the given token and exact params. */
    static MappingBuilder call(String method, String token, String params) {
        return post(urlEqualTo("/rest/" + method))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(equalToJson("{\"params\": " + params + "}"));
    }

    static RequestPatternBuilder called(String method) {
        return postRequestedFor(urlEqualTo("/rest/" + method));
    }

    static ResponseDefinitionBuilder fault(String faultcode, String faultstring) {
        return aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"faultcode\": \"" + faultcode + "\", \"faultstring\": \"" + faultstring + "\"}");
    }
}

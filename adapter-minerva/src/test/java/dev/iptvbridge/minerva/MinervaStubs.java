package dev.iptvbridge.minerva;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Minerva's error answers, as the reference writes them. */
final class MinervaStubs {

    private MinervaStubs() {
    }

    static ResponseDefinitionBuilder error(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"MinervaError\": {\"code\": \"" + code + "\", \"message\": \"" + message + "\"}}");
    }
}

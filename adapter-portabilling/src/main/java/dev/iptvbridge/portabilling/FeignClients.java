package dev.iptvbridge.portabilling;

import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;

/**
 * Builds the two Feign clients on one JDK HttpClient (HTTP/1.1, no redirects). Feign's retryer is
 * off: the bridge's queue retries, and only after a deliberate decision; Feign logs nothing, so
 * that no token or password reaches a log.
 */
final class FeignClients {

    private final PortaBillingApi api;
    private final EspfApi espf;
    private final PortaBillingSettings settings;

    FeignClients(PortaBillingSettings settings) {
        this.settings = settings;
        Feign.Builder builder = builder(new PortaBillingErrorDecoder(settings.login()));
        this.api = builder.target(PortaBillingApi.class, settings.baseUrl());
        this.espf = builder.target(EspfApi.class, settings.baseUrl());
    }

    /** A client of another part of the API, on the same terms, its errors decoded by {@code decoder}. */
    <T> T target(Class<T> type, ErrorDecoder decoder) {
        return builder(decoder).target(type, settings.baseUrl());
    }

    private Feign.Builder builder(ErrorDecoder decoder) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
        Request.Options options = new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
        return Feign.builder()
                .client(new Http2Client(http))
                .options(options)
                .retryer(Retryer.NEVER_RETRY)
                .logLevel(Logger.Level.NONE)
                .encoder(new JacksonEncoder(PortaBillingJson.mapper()))
                .decoder(new CappedDecoder(new JacksonDecoder(PortaBillingJson.mapper())))
                .errorDecoder(decoder);
    }

    PortaBillingApi api() {
        return api;
    }

    EspfApi espf() {
        return espf;
    }

    /** Another interface of the JSON API on the same terms, such as {@link ChargingApi}. */
    <T> T target(Class<T> type, String baseUrl) {
        return builder(new PortaBillingErrorDecoder(settings.login())).target(type, baseUrl);
    }
}

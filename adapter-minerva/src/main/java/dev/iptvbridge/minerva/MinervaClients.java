package dev.iptvbridge.minerva;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.auth.BasicAuthRequestInterceptor;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import feign.slf4j.Slf4jLogger;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

/**
 * The Feign setup every Minerva client shares: the JDK's HttpClient (HTTP/1.1, no redirects), the
 * timeouts, Basic auth, our decoders and no retryer (retries are deliberate, in {@link Resilience}).
 */
final class MinervaClients {

    private MinervaClients() {
    }

    static <T> T target(Class<T> api, MinervaSettings settings, ObjectMapper json) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return Feign.builder()
                .client(new Http2Client(http))
                .options(new Request.Options(settings.connectTimeout(), settings.readTimeout(), false))
                .retryer(Retryer.NEVER_RETRY)
                .encoder(new JacksonEncoder(json))
                .decoder(new MinervaJsonDecoder(json))
                .errorDecoder(new MinervaErrorDecoder(json))
                .requestInterceptor(new BasicAuthRequestInterceptor(settings.username(), settings.password(),
                        StandardCharsets.UTF_8))
                .logger(new Slf4jLogger(api))
                .logLevel(Logger.Level.BASIC)
                .target(api, settings.baseUrl());
    }
}

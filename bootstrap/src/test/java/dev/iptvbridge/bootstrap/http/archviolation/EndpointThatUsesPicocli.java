package dev.iptvbridge.bootstrap.http.archviolation;

/** Breaks the CLI room rule on purpose: picocli in the HTTP server. */
public final class EndpointThatUsesPicocli {

    int run(String... args) {
        return new picocli.CommandLine(new Object()).execute(args);
    }
}

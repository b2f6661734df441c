package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

/** A package the IPTV platform offers (channels, a VOD catalog, Caller ID). */
public record IptvPackage(String id, String name, String type) {

    public IptvPackage {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
    }
}

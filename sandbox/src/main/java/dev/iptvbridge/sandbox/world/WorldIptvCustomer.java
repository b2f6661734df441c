package dev.iptvbridge.sandbox.world;

import java.util.List;

/** A generated Minerva customer, as the simulator holds it. */
public record WorldIptvCustomer(String externalId, String login, String name, boolean enabled, List<String> packages,
                                boolean wholeHomeDvr) {

    public WorldIptvCustomer {
        packages = List.copyOf(packages);
    }
}

package dev.iptvbridge.sandbox.world;

/** Takes a generated world one record at a time; each simulator keeps what it holds and ignores the rest. */
public interface WorldSink {

    default void customer(WorldCustomer customer) {
    }

    default void account(WorldAccount account) {
    }

    default void iptvCustomer(WorldIptvCustomer customer) {
    }
}

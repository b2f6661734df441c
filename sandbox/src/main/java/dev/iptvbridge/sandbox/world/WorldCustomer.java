package dev.iptvbridge.sandbox.world;

/** A generated PortaBilling customer: open, or suspended ({@code bill_status} S). */
public record WorldCustomer(long iCustomer, String name, boolean suspended) {
}

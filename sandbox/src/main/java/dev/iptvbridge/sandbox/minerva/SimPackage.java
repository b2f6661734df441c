package dev.iptvbridge.sandbox.minerva;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A package Minerva sells as a unit, as the simulator serves it from {@code GET /packages}.
 *
 * @param id       the package id customers refer to, such as {@code CH-BASIC}
 * @param name     a display name
 * @param type     {@code CHANNEL}, {@code SVOD} or {@code CALLER_ID}
 * @param channels the channels of a channel package; empty for the others
 */
public record SimPackage(String id, String name, String type, List<String> channels) {

    public SimPackage {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        channels = List.copyOf(channels == null ? List.of() : channels);
        if (id.isBlank()) {
            throw new IllegalArgumentException("package id is blank");
        }
    }
}

package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One page of a listing, with the total the remote side reported. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(requireNonNull(items, "items is null"));
    }
}

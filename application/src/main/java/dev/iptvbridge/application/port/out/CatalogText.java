package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The catalog file's text as read now, and when the file was last modified. */
public record CatalogText(String content, Instant modifiedAt) {

    public CatalogText {
        requireNonNull(content, "content is null");
        requireNonNull(modifiedAt, "modifiedAt is null");
    }
}

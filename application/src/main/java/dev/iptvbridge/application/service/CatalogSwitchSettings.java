package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * @param instance   this bridge's name in the database (who stored a generation)
 * @param queueDelay how long after a switch the touched accounts become due: long enough for every
 *                   bridge on the database to have looked, and switched (twice the look interval)
 */
public record CatalogSwitchSettings(String instance, Duration queueDelay) {

    public CatalogSwitchSettings {
        requireNonNull(instance, "instance is null");
        requireNonNull(queueDelay, "queueDelay is null");
    }
}

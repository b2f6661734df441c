package dev.iptvbridge.persistence;

/** A write lost a race (the version moved, or the row appeared meanwhile): the transaction is tried again. */
final class Conflict extends RuntimeException {

    Conflict(String message) {
        super(message, null, false, false);
    }
}

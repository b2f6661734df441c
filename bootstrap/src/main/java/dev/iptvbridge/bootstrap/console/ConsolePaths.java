package dev.iptvbridge.bootstrap.console;

import java.util.OptionalLong;

/** Reading an account number a form or a link sent. */
final class ConsolePaths {

    private ConsolePaths() {
    }

    /** The number, or empty when absent or blank; a non-number is refused with the fix. */
    static OptionalLong account(String given) {
        if (given == null || given.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(given.trim()));
        } catch (NumberFormatException notNumber) {
            throw new IllegalArgumentException("'" + given + "' is not an i_account number: give the account's number");
        }
    }
}

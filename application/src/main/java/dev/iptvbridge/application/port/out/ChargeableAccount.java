package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A billing account as far as charging it goes.
 *
 * @param currency its ISO 4217 currency ({@code iso_4217}); empty when PortaBilling does not say,
 *                 which means the environment's default currency
 */
public record ChargeableAccount(long accountId, Optional<String> currency) {

    public ChargeableAccount {
        requireNonNull(currency, "currency is null");
    }
}

package dev.iptvbridge.sandbox.world;

/**
 * A generated PortaBilling account.
 *
 * @param id          the account's login, such as {@code u1000042@tv.example}
 * @param iProduct    its main product from the sandbox catalog (101, 102 or 103)
 * @param sportsAddon whether add-on 201 is assigned, effective since 2026-01-01 without end
 * @param billStatus  O open, I inactive, C closed
 */
public record WorldAccount(long iAccount, String id, long iCustomer, long iProduct, boolean sportsAddon, boolean blocked,
                           String billStatus) {
}

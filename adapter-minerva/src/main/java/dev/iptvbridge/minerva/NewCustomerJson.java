package dev.iptvbridge.minerva;

import java.util.List;

/**
 * The body of {@code POST /customers}. {@code maxDevices} is left out on purpose: the bridge does
 * not own the device limit, so Minerva applies its default (4) and an operator may change it.
 */
record NewCustomerJson(String externalId, String login, String name, String status, List<String> packages,
                       boolean wholeHomeDvr) {
}

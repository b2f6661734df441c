package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.application.port.out.AppliedState;

/** What the bridge last left in Minerva, and when; {@code customer} null when it deleted the customer. */
public record AppliedPart(String at, MinervaCustomerPart customer) {

    static AppliedPart of(AppliedState state) {
        return new AppliedPart(state.appliedAt().toString(), state.customer().map(MinervaCustomerPart::of).orElse(null));
    }
}

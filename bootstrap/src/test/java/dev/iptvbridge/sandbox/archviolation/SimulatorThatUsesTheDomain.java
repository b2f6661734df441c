package dev.iptvbridge.sandbox.archviolation;

/** Breaks a rule on purpose: a simulator sharing the bridge's code. Only for the rule tests. */
public class SimulatorThatUsesTheDomain {
    dev.iptvbridge.domain.billing.Account account;
}

package dev.iptvbridge.architecture.cycle.b;

/** The other half of a package cycle made on purpose. Only for the rule tests. */
public class CycleEnd {
    dev.iptvbridge.architecture.cycle.a.CycleStart back;
}

package dev.iptvbridge.architecture.cycle.a;

/** One half of a package cycle made on purpose. Only for the rule tests. */
public class CycleStart {
    dev.iptvbridge.architecture.cycle.b.CycleEnd next;
}

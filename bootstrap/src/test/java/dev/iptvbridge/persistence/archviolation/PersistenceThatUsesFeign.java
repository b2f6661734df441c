package dev.iptvbridge.persistence.archviolation;

/** Breaks a rule on purpose: Feign outside the HTTP adapters. Only for the rule tests. */
public class PersistenceThatUsesFeign {
    feign.Client client;
}

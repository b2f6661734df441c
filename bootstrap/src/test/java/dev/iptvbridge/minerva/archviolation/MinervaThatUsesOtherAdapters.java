package dev.iptvbridge.minerva.archviolation;

/** Breaks the rules on purpose: an adapter using another adapter, Jdbi and the bootstrap. Only for the rule tests. */
public class MinervaThatUsesOtherAdapters {
    dev.iptvbridge.persistence.Database database;
    org.jdbi.v3.core.Jdbi jdbi;
    dev.iptvbridge.bootstrap.IptvBridge bridge;
}

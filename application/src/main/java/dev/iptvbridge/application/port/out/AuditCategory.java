package dev.iptvbridge.application.port.out;

/**
 * What an audit entry records: a lifecycle transition, a call to one of the two systems, a
 * comparison of the two (one line per run, account 0), or a catalog switch (account 0).
 */
public enum AuditCategory { TRANSITION, MINERVA, PORTABILLING, COMPARISON, CATALOG }

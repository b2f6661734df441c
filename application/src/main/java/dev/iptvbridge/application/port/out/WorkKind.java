package dev.iptvbridge.application.port.out;

/** What a queue entry asks to look at: one account, or every account of a customer. */
public enum WorkKind { ACCOUNT, CUSTOMER }

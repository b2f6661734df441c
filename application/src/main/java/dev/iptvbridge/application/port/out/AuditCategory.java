package dev.iptvbridge.application.port.out;

/** What an audit entry records: a lifecycle transition, or a call to one of the two systems. */
public enum AuditCategory { TRANSITION, MINERVA, PORTABILLING }

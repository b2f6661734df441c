package dev.iptvbridge.domain.provisioning;

/** The lifecycle transitions that the audit trail records. */
public enum TransitionKind { ACTIVATED, SUSPENDED, RESUMED, PACKAGES_CHANGED, TERMINATED, NONE }

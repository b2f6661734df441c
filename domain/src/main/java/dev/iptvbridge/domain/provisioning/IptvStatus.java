package dev.iptvbridge.domain.provisioning;

/** Whether a Minerva customer can watch. A disabled customer keeps its packages and devices. */
public enum IptvStatus { ENABLED, DISABLED }

package dev.iptvbridge.application.port.out;

/** The provisioning status PortaBilling shows for an account's IPTV service group. */
public enum ProvisioningStatus { OK, IN_PROGRESS, RETRY, FAILED }

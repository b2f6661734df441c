package dev.iptvbridge.sandbox.portabilling;

/**
 * A change PortaBilling would announce, named by its internal event type; the sender turns it
 * into the configured family's name when it queues it.
 */
record ProvisioningEvent(String internalType, boolean customer, long subjectId, int iEnv) {
}

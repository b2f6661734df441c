package dev.iptvbridge.sandbox.portabilling;

/** A product: {@code addonPriority} 0 is a main product, above 0 an add-on; the subscription is its recurring fee. */
record ProductRecord(long iProduct, String name, String description, int addonPriority, long iSubscription, String subscriptionName) {

    boolean isAddon() {
        return addonPriority > 0;
    }
}

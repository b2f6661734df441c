package dev.iptvbridge.sandbox.portabilling;

import java.util.Optional;

/** Internal event names, their grouped webhook names, and which of them PortaBilling coalesces. */
final class EventNames {

    static final String ACCOUNT_NEW = "Account/New";
    static final String ACCOUNT_BLOCKED = "Account/Blocked";
    static final String ACCOUNT_UNBLOCKED = "Account/Unblocked";
    static final String ACCOUNT_PRODUCT_CHANGED = "Account/Product/Changed";
    static final String ADDON_INSERTED = "Account/ProductAddon/Inserted";
    static final String ADDON_CHANGED = "Account/ProductAddon/Changed";
    static final String ADDON_DELETED = "Account/ProductAddon/Deleted";
    static final String ACCOUNT_ID_CHANGED = "Account/ID/Changed";
    static final String ACCOUNT_CLOSED = "Account/Status/Closed";
    /** Modelled: an inactive account (bill_status I) becomes open; the real name is not public. */
    static final String ACCOUNT_ACTIVATED = "Account/Status/Activated";
    /** Modelled: the real internal name of a new customer's event is not public. */
    static final String CUSTOMER_NEW = "Customer/New";
    static final String CUSTOMER_BLOCKED = "Customer/Blocked";
    static final String CUSTOMER_UNBLOCKED = "Customer/Unblocked";
    static final String CUSTOMER_SUSPENDED = "Customer/Status/Suspended";
    /** Modelled, by analogy with Account/Status/SuspensionRemoved. */
    static final String CUSTOMER_SUSPENSION_REMOVED = "Customer/Status/SuspensionRemoved";
    static final String CUSTOMER_CLOSED = "Customer/Status/Closed";

    private EventNames() {
    }

    static String nameIn(EventFamily family, ProvisioningEvent event) {
        if (family == EventFamily.INTERNAL) {
            return event.internalType();
        }
        String prefix = event.customer() ? "Customer/" : "Subscriber/";
        String type = event.internalType();
        if (type.equals(ACCOUNT_NEW) || type.equals(CUSTOMER_NEW)) {
            return prefix + "Created";
        }
        if (type.equals(ACCOUNT_CLOSED) || type.equals(CUSTOMER_CLOSED)) {
            return prefix + "Deleted";
        }
        return prefix + "Updated";
    }

    /**
     * For add-on changed/deleted and customer suspension PortaBilling keeps only the latest
     * queued event per account or customer; this is the key that groups them.
     */
    static Optional<String> coalescingKey(ProvisioningEvent event) {
        String type = event.internalType();
        if (type.equals(ADDON_CHANGED) || type.equals(ADDON_DELETED)) {
            return Optional.of("addon:" + event.subjectId());
        }
        if (type.equals(CUSTOMER_SUSPENDED) || type.equals(CUSTOMER_SUSPENSION_REMOVED)) {
            return Optional.of("suspension:" + event.subjectId());
        }
        return Optional.empty();
    }
}

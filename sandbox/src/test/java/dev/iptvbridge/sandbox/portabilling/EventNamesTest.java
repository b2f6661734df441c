package dev.iptvbridge.sandbox.portabilling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventNamesTest {

    @Test
    void groupedNamesFollowTheSubjectAndTheKindOfChange() {
        assertThat(grouped(EventNames.ACCOUNT_NEW, false)).isEqualTo("Subscriber/Created");
        assertThat(grouped(EventNames.ACCOUNT_PRODUCT_CHANGED, false)).isEqualTo("Subscriber/Updated");
        assertThat(grouped(EventNames.ACCOUNT_CLOSED, false)).isEqualTo("Subscriber/Deleted");
        assertThat(grouped(EventNames.CUSTOMER_NEW, true)).isEqualTo("Customer/Created");
        assertThat(grouped(EventNames.CUSTOMER_SUSPENDED, true)).isEqualTo("Customer/Updated");
        assertThat(grouped(EventNames.CUSTOMER_CLOSED, true)).isEqualTo("Customer/Deleted");
    }

    @Test
    void onlyAddonChangedOrDeletedAndCustomerSuspensionAreCoalesced() {
        assertThat(EventNames.coalescingKey(new ProvisioningEvent(EventNames.ADDON_CHANGED, false, 7, 3)))
                .isEqualTo(EventNames.coalescingKey(new ProvisioningEvent(EventNames.ADDON_DELETED, false, 7, 3)));
        assertThat(EventNames.coalescingKey(new ProvisioningEvent(EventNames.CUSTOMER_SUSPENDED, true, 7, 3)))
                .isEqualTo(EventNames.coalescingKey(new ProvisioningEvent(EventNames.CUSTOMER_SUSPENSION_REMOVED, true, 7, 3)));
        assertThat(EventNames.coalescingKey(new ProvisioningEvent(EventNames.ADDON_CHANGED, false, 8, 3)))
                .isNotEqualTo(EventNames.coalescingKey(new ProvisioningEvent(EventNames.ADDON_CHANGED, false, 7, 3)));
        assertThat(EventNames.coalescingKey(new ProvisioningEvent(EventNames.ADDON_INSERTED, false, 7, 3))).isEmpty();
        assertThat(EventNames.coalescingKey(new ProvisioningEvent(EventNames.ACCOUNT_BLOCKED, false, 7, 3))).isEmpty();
    }

    private static String grouped(String type, boolean customer) {
        return EventNames.nameIn(EventFamily.GROUPED, new ProvisioningEvent(type, customer, 1, 3));
    }
}

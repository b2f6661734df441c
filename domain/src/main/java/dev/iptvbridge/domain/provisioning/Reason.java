package dev.iptvbridge.domain.provisioning;

/** Why an account is not entitled to watch, in the words of the audit trail. */
public enum Reason {
    BLOCKED("account blocked in billing"),
    CUSTOMER_SUSPENDED("customer suspended or blocked in billing"),
    PRODUCT_WITHOUT_IPTV("main product carries no IPTV"),
    NOT_YET_ACTIVE("account not yet activated in billing"),
    TERMINATED("account terminated in billing");

    private final String description;

    Reason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}

package dev.iptvbridge.portabilling;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON the adapter sends. Component names are written in snake case ({@code iAccount} becomes
 * {@code i_account}) by the mapper of {@link PortaBillingJson}.
 */
final class ApiRequests {

    private ApiRequests() {
    }

    /** The envelope of every {@code /rest} call: {@code {"params": {...}}}. */
    record Envelope<T>(T params) {
    }

    record LoginParams(String login, String password) {
        @Override
        public String toString() {
            return "LoginParams[login=" + login + ", password=***]";
        }
    }

    record RefreshParams(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshParams[refreshToken=***]";
        }
    }

    record AccountQuery(long iAccount) {
    }

    record CustomerQuery(long iCustomer) {
    }

    /** {@code Account/get_account_list}; absent filters are left out of the JSON. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AccountListQuery(Long iCustomer, Integer iEnv, int limit, int offset, int getTotal) {
    }

    /** {@code Customer/get_customer_list}; an absent environment is left out of the JSON. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CustomerListQuery(Integer iEnv, int limit, int offset, int getTotal) {
    }

    /** The body of the ESPF status API (no envelope there). */
    record StatusReport(String status, String group, String message) {
    }
}

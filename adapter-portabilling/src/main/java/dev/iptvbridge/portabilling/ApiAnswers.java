package dev.iptvbridge.portabilling;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The JSON PortaBilling answers, as read: every field may be missing (null), ids may have come as
 * numbers or numeric strings, and {@code blocked} as "Y"/"N" or a boolean. {@link AnswerMapper}
 * checks them and builds domain values.
 */
final class ApiAnswers {

    private ApiAnswers() {
    }

    record SessionAnswer(String accessToken, String expiresAt, String refreshToken, String sessionId) {
        @Override
        public String toString() {
            return "SessionAnswer[accessToken=***, expiresAt=" + expiresAt + ", refreshToken=***, sessionId=***]";
        }
    }

    record AccountInfoAnswer(AccountJson accountInfo) {
    }

    record AccountListAnswer(List<AccountJson> accountList, Long total) {
    }

    record CustomerInfoAnswer(CustomerJson customerInfo) {
    }

    record CustomerListAnswer(List<CustomerJson> customerList, Long total) {
    }

    record AccountJson(Long iAccount, String id, Long iCustomer, Integer iEnv, Long iProduct, String productName,
                       JsonNode blocked, String billStatus, List<AddOnJson> assignedAddons) {
    }

    record AddOnJson(Long iProduct, String name, Integer addonPriority, String addonEffectiveFrom,
                     String addonEffectiveTo) {
    }

    record CustomerJson(Long iCustomer, String name, String billStatus, JsonNode blocked) {
    }
}

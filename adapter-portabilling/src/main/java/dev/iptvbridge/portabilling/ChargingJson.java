package dev.iptvbridge.portabilling;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The JSON of {@link ChargingApi}, snake case on the wire; answers as read, every field possibly missing. */
final class ChargingJson {

    private ChargingJson() {
    }

    /** {@code amount} is a decimal string: never a binary float. */
    record TransactionRequest(long iAccount, String action, String amount, int iService, String visibleComment,
                              String internalComment, int suppressNotification) {
    }

    record TransactionAnswer(Long iXdr, String balance) {
    }

    record XdrQuery(long iAccount, String fromDate, String toDate, int iService, int limit, int offset) {
    }

    record XdrListAnswer(List<XdrJson> xdrList) {
    }

    record XdrJson(Long iXdr, String billTime, String chargedAmount, String internalComment, Integer iService) {
    }

    record AccountCurrencyAnswer(AccountCurrencyJson accountInfo) {
    }

    record AccountCurrencyJson(Long iAccount, @JsonProperty("iso_4217") String iso4217) {
    }
}

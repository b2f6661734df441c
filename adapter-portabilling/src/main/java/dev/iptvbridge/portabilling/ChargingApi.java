package dev.iptvbridge.portabilling;

import dev.iptvbridge.portabilling.ApiRequests.AccountQuery;
import dev.iptvbridge.portabilling.ApiRequests.Envelope;
import dev.iptvbridge.portabilling.ChargingJson.AccountCurrencyAnswer;
import dev.iptvbridge.portabilling.ChargingJson.TransactionAnswer;
import dev.iptvbridge.portabilling.ChargingJson.TransactionRequest;
import dev.iptvbridge.portabilling.ChargingJson.XdrListAnswer;
import dev.iptvbridge.portabilling.ChargingJson.XdrQuery;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/**
 * PortaBilling's one-off transactions: {@code Account/make_transaction} and {@code Account/get_xdr_list}
 * (API reference of PortaBilling, "Account"), and the account's currency from {@code Account/get_account_info}.
 * The shapes we rely on are in docs/portabilling.md; it extends the login methods for the session.
 */
interface ChargingApi extends PortaBillingApi {

    @RequestLine("POST /rest/Account/make_transaction")
    @Headers({"Content-Type: application/json", "Authorization: Bearer {token}"})
    TransactionAnswer makeTransaction(@Param("token") String token, Envelope<TransactionRequest> body);

    @RequestLine("POST /rest/Account/get_xdr_list")
    @Headers({"Content-Type: application/json", "Authorization: Bearer {token}"})
    XdrListAnswer getXdrList(@Param("token") String token, Envelope<XdrQuery> body);

    @RequestLine("POST /rest/Account/get_account_info")
    @Headers({"Content-Type: application/json", "Authorization: Bearer {token}"})
    AccountCurrencyAnswer getAccountCurrency(@Param("token") String token, Envelope<AccountQuery> body);
}

package dev.iptvbridge.portabilling;

import dev.iptvbridge.portabilling.ApiAnswers.AccountInfoAnswer;
import dev.iptvbridge.portabilling.ApiAnswers.AccountListAnswer;
import dev.iptvbridge.portabilling.ApiAnswers.CustomerInfoAnswer;
import dev.iptvbridge.portabilling.ApiAnswers.CustomerListAnswer;
import dev.iptvbridge.portabilling.ApiAnswers.SessionAnswer;
import dev.iptvbridge.portabilling.ApiRequests.AccountListQuery;
import dev.iptvbridge.portabilling.ApiRequests.AccountQuery;
import dev.iptvbridge.portabilling.ApiRequests.CustomerListQuery;
import dev.iptvbridge.portabilling.ApiRequests.CustomerQuery;
import dev.iptvbridge.portabilling.ApiRequests.Envelope;
import dev.iptvbridge.portabilling.ApiRequests.LoginParams;
import dev.iptvbridge.portabilling.ApiRequests.RefreshParams;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/**
 * PortaBilling's JSON API ({@code POST {baseUrl}/rest/{Service}/{method}}, body {@code {"params": ...}}):
 * the methods the bridge calls. PortaOne documents it at https://docs.portaone.com (API reference of
 * PortaBilling, "Session", "Account", "Customer"); the shapes we rely on are in
 * /work/shared/reference/portabilling.md §2 and docs/portabilling.md.
 */
interface PortaBillingApi {

    @RequestLine("POST /rest/Session/login")
    @Headers("Content-Type: application/json")
    SessionAnswer login(Envelope<LoginParams> body);

    @RequestLine("POST /rest/Session/refresh_access_token")
    @Headers("Content-Type: application/json")
    SessionAnswer refreshAccessToken(Envelope<RefreshParams> body);

    @RequestLine("POST /rest/Account/get_account_info")
    @Headers({"Content-Type: application/json", "Authorization: Bearer {token}"})
    AccountInfoAnswer getAccountInfo(@Param("token") String token, Envelope<AccountQuery> body);

    @RequestLine("POST /rest/Account/get_account_list")
    @Headers({"Content-Type: application/json", "Authorization: Bearer {token}"})
    AccountListAnswer getAccountList(@Param("token") String token, Envelope<AccountListQuery> body);

    @RequestLine("POST /rest/Customer/get_customer_info")
    @Headers({"Content-Type: application/json", "Authorization: Bearer {token}"})
    CustomerInfoAnswer getCustomerInfo(@Param("token") String token, Envelope<CustomerQuery> body);

    @RequestLine("POST /rest/Customer/get_customer_list")
    @Headers({"Content-Type: application/json", "Authorization: Bearer {token}"})
    CustomerListAnswer getCustomerList(@Param("token") String token, Envelope<CustomerListQuery> body);
    @RequestLine("POST /rest/Product/get_product_list")
    @Headers({"Content-Type: application/json", "Authorization: Bearer {token}"})
    ProductJson.ProductListAnswer getProductList(@Param("token") String token,
                                                 Envelope<ProductJson.ProductListQuery> body);
}

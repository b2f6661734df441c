package dev.iptvbridge.portabilling;

import dev.iptvbridge.portabilling.ApiRequests.StatusReport;
import feign.Body;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * PortaBilling's ESPF API ({@code {baseUrl}/espf/v1}): the provisioning status an external
 * application reports per account and service group. PortaOne's handbook ("Sending provisioning
 * status for an account via ESPF API", https://docs.portaone.com) says the body is form-encoded,
 * {@code status=OK&group=IPTV&message=...}; docs/portabilling.md restates it.
 */
interface EspfApi {

    // Feign inserts a body template's values as they are: the form is encoded before it gets here.
    @RequestLine("POST /espf/v1/account/i/{iAccount}/status")
    @Headers({"Content-Type: application/x-www-form-urlencoded; charset=UTF-8", "Authorization: Bearer {token}"})
    @Body("{form}")
    void postStatus(@Param("token") String token, @Param("iAccount") long iAccount, @Param("form") String form);

    default void reportStatus(String token, long iAccount, StatusReport report) {
        postStatus(token, iAccount, form(report));
    }

    /** {@code status=...&group=...&message=...}, each value UTF-8 and percent-encoded (a space as {@code +}). */
    static String form(StatusReport report) {
        return "status=" + encode(report.status()) + "&group=" + encode(report.group()) + "&message="
                + encode(report.message());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

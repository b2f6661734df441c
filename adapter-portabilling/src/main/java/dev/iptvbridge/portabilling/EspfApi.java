package dev.iptvbridge.portabilling;

import dev.iptvbridge.portabilling.ApiRequests.StatusReport;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/**
 * PortaBilling's ESPF API ({@code {baseUrl}/espf/v1}): the provisioning status an external
 * application reports per account and service group. PortaOne documents it in the ESPF pages of
 * https://docs.portaone.com ("Provisioning via webhooks"); see /work/shared/reference/portabilling.md §1.4.
 */
interface EspfApi {

    @RequestLine("POST /espf/v1/account/i/{iAccount}/status")
    @Headers({"Content-Type: application/json", "Authorization: Bearer {token}"})
    void reportStatus(@Param("token") String token, @Param("iAccount") long iAccount, StatusReport body);
}

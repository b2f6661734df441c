package dev.iptvbridge.minerva;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/**
 * Minerva's subscriber back-office API, paths relative to the base URL
 * ({@code .../xtv-ws-backoffice/api/v1}). This models the API described in
 * {@code docs/minerva.md} (from {@code reference/minerva.md}): Minerva's own manual is not public,
 * so this interface and the JSON records beside it are the only code that knows the wire format.
 * Errors come back as {@link MinervaCallException} through {@link MinervaErrorDecoder}.
 */
@Headers("Accept: application/json")
interface MinervaBackofficeApi {

    @RequestLine("GET /packages")
    PackageListJson listPackages();

    @RequestLine("POST /customers")
    @Headers("Content-Type: application/json")
    CustomerJson create(NewCustomerJson customer);

    @RequestLine("GET /customers/{externalId}")
    CustomerJson read(@Param("externalId") String externalId);

    @RequestLine("GET /customers?page={page}&size={size}")
    CustomerPageJson list(@Param("page") int page, @Param("size") int size);

    @RequestLine("PATCH /customers/{externalId}")
    @Headers("Content-Type: application/json")
    CustomerJson changeProfile(@Param("externalId") String externalId, ProfilePatchJson patch);

    @RequestLine("PUT /customers/{externalId}/status")
    @Headers("Content-Type: application/json")
    CustomerJson setStatus(@Param("externalId") String externalId, StatusChangeJson status);

    @RequestLine("PUT /customers/{externalId}/packages")
    @Headers("Content-Type: application/json")
    CustomerJson setPackages(@Param("externalId") String externalId, PackagesJson packages);

    @RequestLine("DELETE /customers/{externalId}")
    void delete(@Param("externalId") String externalId);
}

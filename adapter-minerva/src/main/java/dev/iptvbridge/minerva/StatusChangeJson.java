package dev.iptvbridge.minerva;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code PUT /customers/{id}/status}; {@code reason} only when disabling. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StatusChangeJson(String status, String reason) {
}

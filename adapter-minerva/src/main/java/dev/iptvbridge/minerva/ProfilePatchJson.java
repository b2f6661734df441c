package dev.iptvbridge.minerva;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code PATCH /customers/{id}}: only the fields to change; Minerva refuses {@code null}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProfilePatchJson(String login, String name, Boolean wholeHomeDvr) {
}

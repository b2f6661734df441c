package dev.iptvbridge.minerva;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The error body: {@code {"MinervaError": {"code": "...", "message": "..."}}}. */
record MinervaErrorJson(@JsonProperty("MinervaError") Detail error) {

    record Detail(String code, String message) {
    }
}

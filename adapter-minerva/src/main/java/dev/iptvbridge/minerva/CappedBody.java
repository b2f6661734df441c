package dev.iptvbridge.minerva;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;

/** Reads a success body up to a cap, so that a runaway answer cannot exhaust the heap. */
final class CappedBody {

    /** Far above the largest answer of the model: a page of 1,000 customers is about 0.5 MB. */
    static final int MAX_SUCCESS_BODY = 8 * 1024 * 1024;

    private CappedBody() {
    }

    /** The whole body, or null when it is larger than {@link #MAX_SUCCESS_BODY}. */
    static byte[] read(Response response) throws IOException {
        try (InputStream in = response.body().asInputStream()) {
            byte[] body = in.readNBytes(MAX_SUCCESS_BODY + 1);
            return body.length > MAX_SUCCESS_BODY ? null : body;
        }
    }

    /** The cause of the {@link feign.codec.DecodeException} for a body over the cap. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("the body is larger than " + MAX_SUCCESS_BODY + " bytes");
        }
    }
}

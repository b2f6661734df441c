package dev.iptvbridge.portabilling;

import feign.Response;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/** Reads a success body up to a cap before Jackson sees it, so that a runaway answer cannot exhaust the heap. */
final class CappedDecoder implements Decoder {

    /** Far above any answer the bridge asks for: a page of accounts is some hundred kilobytes. */
    static final int MAX_SUCCESS_BODY = 8 * 1024 * 1024;

    private final Decoder delegate;

    CappedDecoder(Decoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (response.body() == null) {
            return delegate.decode(response, type);
        }
        byte[] body;
        try (InputStream in = response.body().asInputStream()) {
            body = in.readNBytes(MAX_SUCCESS_BODY + 1);
        }
        if (body.length > MAX_SUCCESS_BODY) {
            throw new DecodeException(response.status(), "the body is larger than " + MAX_SUCCESS_BODY + " bytes",
                    response.request(), new TooLarge());
        }
        return delegate.decode(response.toBuilder().body(body).build(), type);
    }

    /** The cause of the {@link DecodeException} for a body over the cap. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("the body is larger than " + MAX_SUCCESS_BODY + " bytes");
        }
    }
}

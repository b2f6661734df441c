package dev.iptvbridge.minerva;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Reads success bodies with Jackson, at most {@link CappedBody#MAX_SUCCESS_BODY} bytes of them. Wraps both kinds of bad body in a {@link DecodeException}
 * whose cause tells them apart: a {@link StreamReadException} (not JSON at all) or a
 * {@link DatabindException} (JSON of the wrong shape). An empty body decodes to {@code null}.
 */
final class MinervaJsonDecoder implements Decoder {

    private final ObjectMapper json;

    MinervaJsonDecoder(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (response.body() == null) {
            return null;
        }
        byte[] body = CappedBody.read(response);
        if (body == null) {
            throw new DecodeException(response.status(), "the body is too large", response.request(),
                    new CappedBody.TooLarge());
        }
        if (body.length == 0) {
            return null;
        }
        try {
            return json.readValue(body, json.constructType(type));
        } catch (StreamReadException e) {
            throw new DecodeException(response.status(), "the body is not JSON", response.request(), e);
        } catch (DatabindException e) {
            throw new DecodeException(response.status(), "the JSON has the wrong shape", response.request(), e);
        }
    }
}

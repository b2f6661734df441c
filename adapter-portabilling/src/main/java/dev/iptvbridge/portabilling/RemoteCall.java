package dev.iptvbridge.portabilling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;
import feign.FeignException;
import feign.RetryableException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.function.Supplier;

/**
 * The adapter's edge: runs one Feign call and translates whatever Feign or Jackson throws into the
 * port's failures, so that no transport exception leaves the module. {@link SessionRejected} passes
 * through for the session logic.
 */
final class RemoteCall {

    private RemoteCall() {
    }

    static <T> T run(String operation, String baseUrl, Supplier<T> call) {
        try {
            return call.get();
        } catch (IntegrationException | SessionRejected known) {
            throw known;
        } catch (RetryableException e) {
            throw new TransientFailure(unreachable(operation, baseUrl, e), e);
        } catch (FeignException e) {
            IntegrationException inside = integrationCause(e);
            if (inside != null) {
                throw inside;
            }
            throw fromUnreadable(operation, e);
        }
    }

    private static String unreachable(String operation, String baseUrl, RetryableException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof HttpConnectTimeoutException) {
            return "PortaBilling at " + baseUrl + " did not accept a connection in time for " + operation
                    + ": retrying later (raise portabilling.connectTimeout if the network is slow)";
        }
        if (cause instanceof HttpTimeoutException) {
            return "PortaBilling at " + baseUrl + " did not answer " + operation + " in time: retrying later "
                    + "(raise portabilling.readTimeout if it is merely slow)";
        }
        return "PortaBilling at " + baseUrl + " could not be reached for " + operation + " ("
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + "): retrying later";
    }

    /** The answer arrived but could not be read: not JSON at all, or JSON of another shape. */
    private static IntegrationException fromUnreadable(String operation, FeignException e) {
        if (hasCause(e, CappedDecoder.TooLarge.class)) {
            return new PermanentFailure("PortaBilling's answer to " + operation + " is larger than "
                    + CappedDecoder.MAX_SUCCESS_BODY + " bytes, more than any answer the bridge asks for: check that "
                    + "portabilling.url points at PortaBilling", e);
        }
        JsonProcessingException json = jsonCause(e);
        if (json instanceof JsonMappingException) {
            return new PermanentFailure("PortaBilling's answer to " + operation + " has an unexpected shape ("
                    + ((JsonMappingException) json).getOriginalMessage() + " at " + path((JsonMappingException) json)
                    + "): check that portabilling.url points at a PortaBilling release this bridge supports", e);
        }
        if (json != null) {
            return new TransientFailure("PortaBilling answered " + operation + " (HTTP " + e.status()
                    + ") with something that is not JSON: a proxy or an overloaded server? retrying later", e);
        }
        if (e.status() >= 500 || e.status() < 0) {
            return new TransientFailure("PortaBilling failed " + operation + " (HTTP " + e.status()
                    + "): retrying later", e);
        }
        return new PermanentFailure("PortaBilling's answer to " + operation + " (HTTP " + e.status()
                + ") could not be read: " + e.getClass().getSimpleName(), e);
    }

    /** Such as {@code account_info.i_account} or {@code account_list[3].blocked}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the top" : path.toString();
    }

    private static IntegrationException integrationCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IntegrationException) {
                return (IntegrationException) t;
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return (JsonProcessingException) t;
            }
        }
        return null;
    }
}

package dev.iptvbridge.sandbox.portabilling;

import java.util.Map;

/** One API method: {@code params} in, the answer's JSON object out; faults are thrown. */
@FunctionalInterface
interface ApiMethod {

    Map<String, Object> call(Map<String, Object> params, SessionStore.Session session);
}

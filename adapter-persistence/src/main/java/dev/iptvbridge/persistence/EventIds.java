package dev.iptvbridge.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Lists of {@code i_event}s as a compact text column: decimal ids, comma separated, oldest first. */
final class EventIds {

    /** A queue entry remembers this many of the events that queued it, the newest. */
    static final int QUEUE_LIMIT = 50;
    /** An audit entry keeps this many, the newest; more never come from the queue. */
    static final int AUDIT_LIMIT = 150;

    private EventIds() {
    }

    static String encode(List<Long> ids, int limit) {
        List<Long> kept = ids.size() > limit ? ids.subList(ids.size() - limit, ids.size()) : ids;
        StringBuilder text = new StringBuilder();
        for (Long id : kept) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(id);
        }
        return text.toString();
    }

    static List<Long> decode(String text) {
        List<Long> ids = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return ids;
        }
        for (String id : text.split(",")) {
            ids.add(Long.parseLong(id));
        }
        return ids;
    }

    /** The ids with {@code id} added as the newest, unless it is there already; the oldest drop past the limit. */
    static String append(String text, OptionalLong id) {
        List<Long> ids = decode(text);
        if (id.isPresent() && !ids.contains(id.getAsLong())) {
            ids.add(id.getAsLong());
        }
        return encode(ids, QUEUE_LIMIT);
    }

    /** The ids without those a worker has handled. */
    static String without(String text, List<Long> handled) {
        List<Long> ids = decode(text);
        ids.removeAll(handled);
        return encode(ids, QUEUE_LIMIT);
    }
}

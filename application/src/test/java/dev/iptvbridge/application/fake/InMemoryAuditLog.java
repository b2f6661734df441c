package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditLogPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The audit trail in memory, in the order entries were appended. */
public final class InMemoryAuditLog implements AuditLogPort {

    private final List<AuditEntry> entries = new ArrayList<>();

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    public List<AuditEntry> entries(AuditCategory category) {
        return entries.stream().filter(entry -> entry.category() == category).toList();
    }

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> forAccount(long accountId, int limit) {
        return newestFirst().stream().filter(entry -> entry.accountId() == accountId).limit(limit).toList();
    }

    @Override
    public List<AuditEntry> between(Instant from, Instant to, int limit) {
        return newestFirst().stream().filter(entry -> !entry.at().isBefore(from) && entry.at().isBefore(to))
                .limit(limit).toList();
    }

    @Override
    public int purgeBefore(Instant cutoff, int max) {
        List<AuditEntry> old = entries.stream().filter(entry -> entry.at().isBefore(cutoff)).limit(max).toList();
        old.forEach(entries::remove);
        return old.size();
    }

    private List<AuditEntry> newestFirst() {
        List<AuditEntry> copy = new ArrayList<>(entries);
        Collections.reverse(copy);
        return copy;
    }
}

package dev.iptvbridge.bootstrap.soak;

import dev.iptvbridge.sandbox.minerva.JournalEntry;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts Minerva's answers by operation and status over the whole run. The simulator keeps only its
 * last 100,000 journal entries, so the soak reads the journal every few seconds and counts what is new.
 */
final class JournalTally {

    private final MinervaSimulator minerva;
    private final Map<String, Long> counts = new TreeMap<>();
    private JournalEntry last;

    JournalTally(MinervaSimulator minerva) {
        this.minerva = minerva;
    }

    synchronized void read() {
        List<JournalEntry> entries = minerva.journal();
        int from = 0;
        if (last != null) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                // The same record object: the ring holds references, and equal records may repeat.
                if (entries.get(i) == last) {
                    from = i + 1;
                    break;
                }
            }
        }
        for (JournalEntry entry : entries.subList(from, entries.size())) {
            counts.merge(entry.operation() + " " + entry.status(), 1L, Long::sum);
        }
        if (!entries.isEmpty()) {
            last = entries.get(entries.size() - 1);
        }
    }

    /** How many calls of {@code operation} (as in the journal, e.g. {@code create}) Minerva answered {@code status}. */
    synchronized long count(String operation, int status) {
        return counts.getOrDefault(operation + " " + status, 0L);
    }

    synchronized Map<String, Long> all() {
        return new TreeMap<>(counts);
    }
}

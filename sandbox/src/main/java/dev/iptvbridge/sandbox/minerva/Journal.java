package dev.iptvbridge.sandbox.minerva;

import java.util.ArrayList;
import java.util.List;

/** The last {@code capacity} journal entries, in arrival order; a ring buffer so memory stays bounded. */
final class Journal {

    private final JournalEntry[] ring;
    private long written;

    Journal(int capacity) {
        this.ring = new JournalEntry[capacity];
    }

    synchronized void add(JournalEntry entry) {
        ring[(int) (written % ring.length)] = entry;
        written++;
    }

    synchronized List<JournalEntry> entries() {
        int size = (int) Math.min(written, ring.length);
        List<JournalEntry> copy = new ArrayList<>(size);
        for (long i = written - size; i < written; i++) {
            copy.add(ring[(int) (i % ring.length)]);
        }
        return copy;
    }

    synchronized void clear() {
        java.util.Arrays.fill(ring, null);
        written = 0;
    }
}

package dev.iptvbridge.sandbox.minerva;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JournalTest {

    @Test
    void keepsOnlyTheNewestEntriesInArrivalOrder() {
        Journal journal = new Journal(3);
        for (int i = 1; i <= 5; i++) {
            journal.add(new JournalEntry(Instant.EPOCH, "GET", "/customers/" + i, "read", 200, Duration.ZERO));
        }

        assertThat(journal.entries()).extracting(JournalEntry::path)
                .containsExactly("/customers/3", "/customers/4", "/customers/5");
    }
}

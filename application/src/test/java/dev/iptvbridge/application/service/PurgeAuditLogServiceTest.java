package dev.iptvbridge.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.fake.InMemoryAuditLog;
import dev.iptvbridge.application.fake.MutableClock;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurgeAuditLogServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void linesPastTheRetentionGoInBatchesAndRecentOnesStay() {
        InMemoryAuditLog audit = new InMemoryAuditLog();
        int old = PurgeAuditLogService.BATCH * 2 + 5;
        for (int i = 0; i < old; i++) {
            audit.append(entry(NOW.minus(Duration.ofDays(91)).plusSeconds(i)));
        }
        audit.append(entry(NOW.minus(Duration.ofDays(89))));
        audit.append(entry(NOW));

        int purged = new PurgeAuditLogService(audit, new MutableClock(NOW)).purgeOlderThan(Duration.ofDays(90));

        assertThat(purged).isEqualTo(old);
        assertThat(audit.entries()).extracting(AuditEntry::at).containsExactly(NOW.minus(Duration.ofDays(89)), NOW);
    }

    private static AuditEntry entry(Instant at) {
        return new AuditEntry(at, 7, List.of(), AuditCategory.MINERVA, "enable", AuditOutcome.OK, "enabled");
    }
}

package dev.iptvbridge.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotWriterTest {

    @Test
    void flushReturnsOnceEveryPageHandedOverIsWrittenInOrder() {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        try (SnapshotWriter writer = new SnapshotWriter(2)) {
            for (int page = 0; page < 50; page++) {
                int number = page;
                writer.write(() -> written.add(number));
            }
            writer.flush();
        }
        assertThat(written).hasSize(50).isSorted();
    }

    @Test
    void theFirstFailedWriteFailsTheFlushAndEveryLaterWriteIsDropped() {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        try (SnapshotWriter writer = new SnapshotWriter(4)) {
            writer.write(() -> written.add(1));
            writer.write(() -> {
                throw new IllegalStateException("the database is full");
            });
            assertThatThrownBy(() -> {
                for (int page = 3; page < 1000; page++) {
                    int number = page;
                    writer.write(() -> written.add(number));
                }
                writer.flush();
            }).hasMessage("the database is full");
            assertThatThrownBy(writer::flush).hasMessage("the database is full");
        }
        assertThat(written).startsWith(1).doesNotContain(999);
    }
}

package dev.iptvbridge.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PagedReaderTest {

    @Test
    void everyPageIsReadOnceAtMostSoManyAtATimeAndProgressEndsAtTheTotal() {
        Set<Integer> read = ConcurrentHashMap.newKeySet();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Long> done = new CopyOnWriteArrayList<>();

        long items = new PagedReader(3, 10).readAll(index -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            assertThat(read.add(index)).as("page " + index + " once").isTrue();
            inFlight.decrementAndGet();
            return new PagedReader.Answer(index < 9 ? 10 : 5, 95);
        }, (n, total, what) -> done.add(n), "reading");

        assertThat(items).isEqualTo(95);
        assertThat(read).hasSize(10);
        assertThat(most.get()).isLessThanOrEqualTo(3);
        assertThat(done).contains(95L);
    }

    @Test
    void aListThatGrewWhileReadIsReadOnWhilePagesComeBackFull() {
        Set<Integer> read = ConcurrentHashMap.newKeySet();

        long items = new PagedReader(2, 10).readAll(index -> {
            read.add(index);
            return new PagedReader.Answer(index < 3 ? 10 : 4, 20);
        }, ProgressListener.NONE, "reading");

        assertThat(items).isEqualTo(34);
        assertThat(read).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void aFailedPageFailsTheRead() {
        assertThatThrownBy(() -> new PagedReader(2, 10).readAll(index -> {
            if (index == 2) {
                throw new TransientFailure("Minerva answered 503", null);
            }
            return new PagedReader.Answer(10, 50);
        }, ProgressListener.NONE, "reading")).isInstanceOf(TransientFailure.class).hasMessageContaining("503");
    }
}

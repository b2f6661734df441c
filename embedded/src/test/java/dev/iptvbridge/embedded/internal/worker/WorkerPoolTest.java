package dev.iptvbridge.embedded.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.in.HeldReconcile;
import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    /** Records who asked for work; the first call of worker 0 dies of an Error, as a thread might. */
    private static final class DyingOnce implements ProcessWorkUseCase {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final AtomicBoolean died = new AtomicBoolean();

        @Override
        public int processDue(String workerId, int max, BooleanSupplier keepGoing) {
            calls.add(workerId);
            if (workerId.endsWith("/0") && died.compareAndSet(false, true)) {
                throw new OutOfMemoryError("simulated: the queue's driver ran out of memory");
            }
            return 0;
        }

        @Override
        public HeldReconcile reconcileHeld(long accountId, String owner) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aPoolThatLostAThreadReplacesItUnderTheSameWorkerId() {
        DyingOnce work = new DyingOnce();
        WorkerPool pool = new WorkerPool(work, 2);
        pool.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> work.died.get()
                    && work.calls.stream().filter(id -> id.endsWith("/0")).count() >= 2);
            await().atMost(Duration.ofSeconds(10)).until(pool::isRunning);
        } finally {
            pool.stop(Duration.ofSeconds(5));
        }
        assertThat(pool.isRunning()).isFalse();
    }
}

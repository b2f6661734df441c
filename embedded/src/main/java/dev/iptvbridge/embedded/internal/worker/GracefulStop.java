package dev.iptvbridge.embedded.internal.worker;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Stops a background executor without cutting a task short: tasks not yet started are dropped, the
 * one under way gets {@code grace} to finish, and only then is it interrupted. An interrupt in the
 * middle of a database write closes H2's file under it, and a task still running after its bridge
 * closed writes into a directory its host may be deleting.
 */
public final class GracefulStop {

    private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(2);

    private GracefulStop() {
    }

    public static void stop(ScheduledThreadPoolExecutor executor, Duration grace) {
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(AFTER_INTERRUPT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}

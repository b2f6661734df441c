package dev.iptvbridge.sandbox.portabilling;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The ESPF queue: events wait here until due, are handed to delivery threads, come back for a
 * retry, and are coalesced. Also keeps the compact log. One lock guards everything.
 */
final class DeliveryQueue {

    private static final long REORDER_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(30);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<DeliveryTask> tasks = new PriorityQueue<>(
            Comparator.<DeliveryTask>comparingLong(t -> t.dueNanos).thenComparingLong(t -> t.order));
    private final Map<String, QueuedEvent> latestByKey = new HashMap<>();
    private final ArrayDeque<QueuedEvent> log = new ArrayDeque<>();
    private final int logCapacity;
    private long pending;
    private long sequence;
    private long generation;
    private boolean held = true;
    private boolean closed;
    private Random random = new Random(1);
    private double duplicateFraction;
    private long delayMinNanos;
    private long delayMaxNanos;
    private boolean reorder;
    private long retryDelayNanos = TimeUnit.SECONDS.toNanos(5);

    DeliveryQueue(int logCapacity) {
        this.logCapacity = logCapacity;
    }

    void offer(QueuedEvent event) {
        lock.lock();
        try {
            if (event.coalescingKey != null) {
                QueuedEvent older = latestByKey.put(event.coalescingKey, event);
                if (older != null && older.fate == DeliveryFate.QUEUED && !older.inFlight) {
                    older.fate = DeliveryFate.SUPERSEDED; // its task stays in the heap and is skipped when taken
                    pending--;
                }
            }
            long due = System.nanoTime() + delayMinNanos;
            if (delayMaxNanos > delayMinNanos) {
                due += (long) (random.nextDouble() * (delayMaxNanos - delayMinNanos));
            }
            long order = ++sequence;
            if (reorder) {
                due += (long) (random.nextDouble() * REORDER_WINDOW_NANOS);
                order = random.nextLong();
            }
            tasks.add(new DeliveryTask(event, false, generation, due, order));
            pending++;
            log.addLast(event);
            while (log.size() > logCapacity && log.peekFirst().fate != DeliveryFate.QUEUED) {
                log.pollFirst();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The next due task, or null when this thread should stop. */
    DeliveryTask take(BooleanSupplier keepGoing) {
        lock.lock();
        try {
            while (true) {
                if (closed || !keepGoing.getAsBoolean()) {
                    return null;
                }
                DeliveryTask head = held ? null : tasks.peek();
                if (head == null) {
                    changed.await();
                    continue;
                }
                if (!head.duplicate && head.event.fate == DeliveryFate.SUPERSEDED) {
                    tasks.poll();
                    continue;
                }
                long wait = head.dueNanos - System.nanoTime();
                if (wait > 0) {
                    changed.awaitNanos(wait);
                    continue;
                }
                tasks.poll();
                if (!head.duplicate) {
                    head.event.inFlight = true;
                }
                return head;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }

    void complete(DeliveryTask task, DeliveryAttempt attempt) {
        lock.lock();
        try {
            if (task.generation != generation) {
                return; // the simulator was reset while this was in flight
            }
            QueuedEvent event = task.event;
            event.addAttempt(attempt);
            if (task.duplicate) {
                pending--;
            } else {
                event.inFlight = false;
                settle(task, attempt.status());
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void settle(DeliveryTask task, int status) {
        QueuedEvent event = task.event;
        boolean newerExists = event.coalescingKey != null && latestByKey.get(event.coalescingKey) != event;
        if (status == 200) {
            event.fate = DeliveryFate.DELIVERED;
            if (duplicateFraction > 0 && random.nextDouble() < duplicateFraction) {
                tasks.add(new DeliveryTask(event, true, generation, System.nanoTime() + random.nextInt(5_000_000), ++sequence));
                pending++;
            }
        } else if (status >= 400 && status < 500) {
            event.fate = DeliveryFate.DROPPED;
        } else if (newerExists) {
            event.fate = DeliveryFate.SUPERSEDED;
        } else {
            task.dueNanos = System.nanoTime() + retryDelayNanos;
            task.order = ++sequence;
            tasks.add(task);
            return;
        }
        pending--;
        if (event.coalescingKey != null && !newerExists) {
            latestByKey.remove(event.coalescingKey);
        }
    }

    boolean awaitIdle(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        lock.lock();
        try {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    long pending() {
        return locked(() -> pending);
    }

    List<EspfDelivery> log() {
        return locked(() -> {
            List<EspfDelivery> result = new ArrayList<>(log.size());
            log.forEach(e -> result.add(e.toDelivery()));
            return result;
        });
    }

    void hold(boolean on) {
        locked(() -> held = on);
    }

    void faults(double fraction, long seed) {
        locked(() -> {
            duplicateFraction = fraction;
            random = new Random(seed);
            return null;
        });
    }

    void delay(Duration min, Duration max) {
        locked(() -> {
            delayMinNanos = min.toNanos();
            delayMaxNanos = max.toNanos();
            return null;
        });
    }

    void reorder(boolean on) {
        locked(() -> reorder = on);
    }

    void retryDelay(Duration delay) {
        locked(() -> retryDelayNanos = delay.toNanos());
    }

    /** Forgets every queued event and the log; deliveries in flight are ignored when they finish. */
    void clear() {
        locked(() -> {
            generation++;
            tasks.clear();
            latestByKey.clear();
            log.clear();
            pending = 0;
            return null;
        });
    }

    void close() {
        locked(() -> closed = true);
    }

    /** Wakes waiting threads, so that they check whether they should still run. */
    void wake() {
        locked(() -> null);
    }

    private <T> T locked(java.util.function.Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            changed.signalAll();
            lock.unlock();
        }
    }
}

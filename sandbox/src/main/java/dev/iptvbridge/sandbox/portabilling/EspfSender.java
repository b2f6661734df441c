package dev.iptvbridge.sandbox.portabilling;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers the simulator's ESPF events to the bridge's webhook the way PortaBilling does:
 * asynchronously on several threads (so in no guaranteed order), 200 = delivered, any 4xx =
 * dropped for good, any other status or no answer within the timeout = sent again after the
 * retry delay with the same {@code i_event}; add-on changed/deleted and customer suspension
 * events are coalesced per account or customer. Events wait in the queue until
 * {@link #configure} is called and while {@link #pause paused}.
 *
 * <p>Test knobs: duplicates, random delays, reordering. Thread-safe.
 */
public final class EspfSender {

    private static final int LOG_CAPACITY = 500_000;

    private final Clock clock;
    private final DeliveryQueue queue = new DeliveryQueue(LOG_CAPACITY);
    private final WebhookClient client;
    // Like PortaBilling's, event ids never repeat, not even across restarts of the simulator: a bridge
    // that kept its database would otherwise take a new event for a duplicate of an old one.
    private final AtomicLong nextEvent = new AtomicLong(System.currentTimeMillis() / 1000 * 1000 + 1);
    private final Map<Integer, Thread> workers = new HashMap<>();
    private volatile WebhookTarget target;
    private volatile EventFamily family = EventFamily.GROUPED;
    private volatile Duration timeout = Duration.ofSeconds(300);
    private volatile int parallelism;
    private volatile boolean paused;
    private volatile boolean stopped;

    EspfSender(Clock clock) {
        this.clock = clock;
        this.client = new WebhookClient(clock);
        parallelism(4);
    }

    /**
     * Where to deliver. Credentials go as {@code Basic base64(username:password)} under
     * {@code headerName} ({@code Authorization} when null or blank).
     */
    public void configure(String webhookUrl, String username, String password, String headerName) {
        target = WebhookTarget.of(webhookUrl, username, password, headerName);
        queue.hold(paused);
    }

    /** The event names used for events queued from now on; {@link EventFamily#GROUPED} by default. */
    public void family(EventFamily newFamily) {
        family = requireNonNull(newFamily, "family is null");
    }

    /** Delivery threads, 4 by default. */
    public synchronized void parallelism(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("parallelism must be between 1 and 256 threads, got " + threads);
        }
        parallelism = threads;
        for (int i = 0; i < threads; i++) {
            if (!workers.containsKey(i) && !stopped) {
                int index = i;
                Thread thread = new Thread(() -> work(index), "espf-sender-" + i);
                thread.setDaemon(true);
                workers.put(i, thread);
                thread.start();
            }
        }
        queue.wake();
    }

    /** How long after a failed attempt (not 200, not 4xx) the event is sent again; 5 s by default. */
    public void retryDelay(Duration delay) {
        queue.retryDelay(positive(delay, "retryDelay"));
    }

    /** How long to wait for an answer before counting an attempt as failed; 300 s by default, as PortaBilling. */
    public void timeout(Duration newTimeout) {
        timeout = positive(newTimeout, "timeout");
    }

    /** Sends this fraction (0 to 1) of delivered events a second time, chosen by a random generator with this seed. */
    public void duplicateFraction(double fraction, long seed) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("duplicate fraction must be between 0 and 1, got " + fraction);
        }
        queue.faults(fraction, seed);
    }

    /** Holds each new event for a random time between min and max before its first attempt. */
    public void delay(Duration min, Duration max) {
        requireNonNull(min, "min is null");
        requireNonNull(max, "max is null");
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("delay needs 0 <= min <= max, got " + min + " and " + max);
        }
        queue.delay(min, max);
    }

    /** Shuffles the order in which queued events are sent (a random jitter of up to 30 ms each). */
    public void reorder(boolean on) {
        queue.reorder(on);
    }

    /** Stops sending; events keep queueing. */
    public void pause() {
        paused = true;
        queue.hold(true);
    }

    public void resume() {
        paused = false;
        queue.hold(target == null);
    }

    /** Waits until every queued event is delivered (200), dropped (4xx) or superseded; false if max passed first. */
    public boolean awaitIdle(Duration max) {
        try {
            return queue.awaitIdle(requireNonNull(max, "max is null"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every event still held in the log (the latest 500,000 at least), oldest first. */
    public List<EspfDelivery> log() {
        return queue.log();
    }

    /** Events (and deliberate duplicates) not yet delivered, dropped or superseded. */
    public long pending() {
        return queue.pending();
    }

    void publish(ProvisioningEvent event) {
        QueuedEvent queued = new QueuedEvent(nextEvent.getAndIncrement(), EventNames.nameIn(family, event),
                event.customer(), event.subjectId(), event.iEnv(), clock.instant().getEpochSecond(),
                EventNames.coalescingKey(event).orElse(null));
        queue.offer(queued);
    }

    /** Forgets queued events and the log; keeps the configuration and the i_event sequence. */
    void clear() {
        queue.clear();
    }

    void stop() {
        Thread[] threads;
        synchronized (this) {
            stopped = true;
            threads = workers.values().toArray(new Thread[0]);
        }
        queue.close();
        for (Thread thread : threads) {
            thread.interrupt();
        }
    }

    private void work(int index) {
        while (true) {
            DeliveryTask task = queue.take(() -> index < parallelism);
            if (task == null) {
                synchronized (this) {
                    if (stopped || index >= parallelism) {
                        workers.remove(index);
                        return;
                    }
                }
                continue;
            }
            queue.complete(task, client.send(task.event, target, timeout));
        }
    }

    private static Duration positive(Duration value, String name) {
        requireNonNull(value, name + " is null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }
}

package dev.iptvbridge.bootstrap.soak;

import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.portabilling.DeliveryFate;
import dev.iptvbridge.sandbox.portabilling.EspfDelivery;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One run once everything is up: changes and chaos for the duration, a line a minute, the drain, the verdict. */
final class SoakRun {

    private final SoakOptions options;
    private final SoakClock clock;
    private final PortaBillingSimulator billing;
    private final MinervaSimulator minerva;
    private final SoakProbe probe;
    private final SoakDaemon a;
    private final SoakDaemon b;
    private final Catalog catalog;
    private final JournalTally tally;
    private SoakLoad load;
    private long nextRead = 10;
    private long nextLine = 60;

    SoakRun(SoakOptions options, SoakClock clock, PortaBillingSimulator billing, MinervaSimulator minerva,
            SoakProbe probe, SoakDaemon a, SoakDaemon b, Catalog catalog) {
        this.options = options;
        this.clock = clock;
        this.billing = billing;
        this.minerva = minerva;
        this.probe = probe;
        this.a = a;
        this.b = b;
        this.catalog = catalog;
        this.tally = new JournalTally(minerva);
    }

    /** @return the exit code: 0 when every goal is met */
    int execute(SoakChaos chaos) throws Exception {
        long start = clock.seconds();
        load = new SoakLoad(billing, options.accounts(), options.seed());
        try {
            chaos.start();
            load.start(options.rate());
            tick(start, () -> clock.seconds() - start < options.duration().toSeconds());
        } finally {
            load.close();
            chaos.close();
        }
        clock.print(String.format("changes stopped: %,d made (%,d refused by the simulator); faults off; draining for at most %d min",
                load.changes(), load.failures(), options.drain().toMinutes()));
        long drainStart = clock.seconds();
        int[] quiet = {0};
        tick(start, () -> {
            Optional<SoakProbe.Counts> counts = probe.counts();
            boolean idle = billing.espf().pending() == 0 && counts.map(c -> c.depth() == 0).orElse(false);
            quiet[0] = idle ? quiet[0] + 1 : 0;
            return quiet[0] < 5 && clock.seconds() - drainStart < options.drain().toSeconds();
        });
        boolean drained = quiet[0] >= 5;
        clock.print(drained ? "drained: nothing queued, nothing being reconciled, nothing left to deliver"
                : "NOT drained within " + options.drain().toMinutes() + " min");
        return verdict(drained);
    }

    private interface Condition {
        boolean holds();
    }

    /** Every second while {@code going} holds: the journal read every 10 s, a line at every full minute of the run. */
    private void tick(long start, Condition going) throws InterruptedException {
        while (going.holds()) {
            Thread.sleep(1000);
            long elapsed = clock.seconds() - start;
            if (elapsed >= nextRead) {
                tally.read();
                nextRead = elapsed + 10;
            }
            if (elapsed >= nextLine) {
                minute();
                nextLine = (elapsed / 60 + 1) * 60;
            }
        }
    }

    private void minute() {
        Runtime jvm = Runtime.getRuntime();
        String queue = probe.counts().map(c -> String.format("accepted=%,d queue=%,d parked=%,d", c.accepted(),
                c.depth(), c.parked())).orElse("database down");
        clock.print(String.format("changes=%,d %s to-deliver=%,d heap a=%dMB b=%dMB harness=%dMB", load.changes(),
                queue, billing.espf().pending(), a.heapMegabytes(), b.heapMegabytes(),
                (jvm.totalMemory() - jvm.freeMemory()) >> 20));
    }

    private int verdict(boolean drained) throws Exception {
        tally.read();
        Set<Long> accounts = load.touched();
        SoakVerdict verdict = new SoakVerdict(catalog);
        long right = verdict.accountsRight(accounts, billing, minerva);
        verdict.wrong().forEach(line -> clock.print("WRONG " + line));
        Set<Long> inbox = probe.inboxEventIds();
        List<EspfDelivery> log = billing.espf().log();
        List<EspfDelivery> lost = log.stream().filter(d -> d.fate() != DeliveryFate.SUPERSEDED)
                .filter(d -> !inbox.contains(d.iEvent())).toList();
        lost.stream().limit(10).forEach(d -> clock.print("LOST i_event " + d.iEvent() + " " + d.eventType() + " "
                + d.subjectId() + " " + d.fate() + " after " + d.attempts().size() + " attempts"));
        long sent = log.stream().filter(d -> d.fate() != DeliveryFate.SUPERSEDED).count();
        long requests = log.stream().mapToLong(d -> d.attempts().size()).sum();
        long customers = minerva.customers().stream().filter(c -> c.externalId().startsWith("3")).count();
        long created = tally.count("create", 201);
        long deleted = tally.count("delete", 204) + tally.count("delete", 200);
        // Minerva refuses a second create of one externalId (409), so a duplicate shows as a customer created
        // again after a delete; the soak terminates no account, so every delete is wrong too.
        long duplicates = Math.max(0, created - customers) + deleted;
        long parked = probe.counts().map(SoakProbe.Counts::parked).orElse(-1L);
        clock.print(String.format("ESPF: %,d events sent (%,d superseded by PortaBilling), %,d requests; inbox holds %,d",
                sent, log.size() - sent, requests, inbox.size()));
        clock.print("Minerva answers by operation and status: " + tally.all());
        System.out.printf("RESULT accounts_right=%d accounts=%d duplicates=%d lost=%d parked=%d drained=%s%n",
                right, accounts.size(), duplicates, lost.size(), parked, drained);
        boolean met = drained && right == accounts.size() && duplicates == 0 && lost.isEmpty() && parked == 0;
        return met ? 0 : 1;
    }

}

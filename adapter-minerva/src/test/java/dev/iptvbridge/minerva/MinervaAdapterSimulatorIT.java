package dev.iptvbridge.minerva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.ProfileChange;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import dev.iptvbridge.sandbox.minerva.MinervaOperation;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.minerva.SimPackage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against the real Minerva simulator: lifecycle and the faults of the reference. */
class MinervaAdapterSimulatorIT {

    static MinervaSimulator simulator;
    private MinervaAdapter adapter;

    @BeforeAll
    static void start() {
        simulator = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
        simulator.seedPackages(List.of(
                new SimPackage("CH-BASIC", "Basic channels", "CHANNEL", List.of("BBC1")),
                new SimPackage("CH-KIDS", "Kids channels", "CHANNEL", List.of("NICK")),
                new SimPackage("SVOD-CATALOG", "VOD catalog", "SVOD", List.of())));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void reset() throws InterruptedException {
        simulator.reset();
        for (int i = 0; i < 100 && simulator.inFlight() > 0; i++) {
            Thread.sleep(20);
        }
        simulator.reset();
        adapter = adapter(4, 1000, Duration.ofSeconds(10)); // generous: a busy machine is not what these tests are about
    }

    // One try per call and a breaker that does not open here: these tests show what a single call does.
    static final MinervaResilience SINGLE_TRIES = new MinervaResilience(1, Duration.ofMillis(10), 100, 1000,
            Duration.ofSeconds(1));

    static MinervaAdapter adapter(int maxConcurrency, double rate, Duration readTimeout) {
        return MinervaAdapter.create(new MinervaSettings(simulator.baseUrl(), "minerva", "minerva-secret",
                maxConcurrency, rate, Duration.ofSeconds(1), readTimeout), SINGLE_TRIES);
    }

    static IptvCustomer customer(long account, String... packages) {
        return new IptvCustomer(account, account + "@tv.example", "Customer " + account, IptvStatus.ENABLED,
                new TreeSet<>(List.of(packages)), false);
    }

    @Test
    void aCustomerGoesThroughItsWholeLifecycle() {
        IptvCustomer alice = customer(1000889L, "CH-BASIC");

        assertThat(adapter.find(1000889L)).isEmpty();
        assertThat(adapter.create(alice)).isTrue();
        assertThat(adapter.find(1000889L)).contains(alice);

        adapter.disable(1000889L, "blocked in billing");
        assertThat(adapter.find(1000889L)).get().extracting(IptvCustomer::status).isEqualTo(IptvStatus.DISABLED);
        adapter.enable(1000889L);
        adapter.setPackages(1000889L, new TreeSet<>(List.of("SVOD-CATALOG", "CH-KIDS")));
        adapter.changeProfile(1000889L, new ProfileChange(Optional.of("alice@new.example"), Optional.empty(), Optional.of(true)));

        assertThat(adapter.find(1000889L)).contains(new IptvCustomer(1000889L, "alice@new.example", "Customer 1000889",
                IptvStatus.ENABLED, new TreeSet<>(List.of("CH-KIDS", "SVOD-CATALOG")), true));
        assertThat(simulator.customer("1000889").orElseThrow().maxDevices()).isEqualTo(4);
        var page = adapter.list(0, 10);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).extracting(IptvCustomer::login).containsExactly("alice@new.example");
        assertThat(adapter.listPackages()).contains(new IptvPackage("SVOD-CATALOG", "VOD catalog", "SVOD")).hasSize(3);

        adapter.delete(1000889L);
        adapter.delete(1000889L);
        assertThat(adapter.find(1000889L)).isEmpty();
        assertThat(simulator.customers()).isEmpty();
    }

    @Test
    void aRateLimitStormBacksOffWithRetryAfterAndAppliesNothingTwice() throws Exception {
        // 15 creates take well under a second, so they span at most two one-second windows of 3.
        simulator.faults().rateLimit(3);
        int accounts = 15;
        int created = 0;
        int rateLimited = 0;
        for (int round = 0; round < 10 && created < accounts; round++) {
            for (long account = 1; account <= accounts; account++) {
                if (simulator.customer(String.valueOf(account)).isPresent()) {
                    continue;
                }
                try {
                    assertThat(adapter.create(customer(account, "CH-BASIC"))).as("create applied once").isTrue();
                    created++;
                } catch (TransientFailure e) {
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
                    rateLimited++;
                }
            }
            if (created < accounts) {
                Thread.sleep(1000);
            }
        }

        assertThat(created).isEqualTo(accounts);
        assertThat(rateLimited).isPositive();
        assertThat(simulator.customers()).hasSize(accounts);
        assertThat(simulator.callCounts().get("create")).isEqualTo((long) created + rateLimited);
    }

    @Test
    void aTimeoutAfterMinervaAppliedTheCreateConvergesOnTheNextAttempt() {
        // 1 s, not 300 ms: the calls after the held one must not time out on a busy machine.
        simulator.faults().timeoutNext(MinervaOperation.CREATE, Duration.ofSeconds(4), true, 1);
        MinervaAdapter impatient = adapter(4, 1000, Duration.ofSeconds(1));
        IptvCustomer bob = customer(1000890L, "CH-BASIC", "SVOD-CATALOG");

        assertThatThrownBy(() -> impatient.create(bob)).isInstanceOf(TransientFailure.class)
                .hasMessageContaining("may or may not have applied");
        assertThat(impatient.create(bob)).isFalse();
        assertThat(impatient.find(1000890L)).contains(bob);
    }

    @Test
    void aConnectionDroppedAfterTheChangeIsTransientAndTheChangeStands() {
        adapter.create(customer(7L, "CH-BASIC"));
        simulator.faults().dropConnectionAfterApplyNext(MinervaOperation.STATUS, 1);

        assertThatThrownBy(() -> adapter.disable(7L, "unpaid")).isInstanceOf(TransientFailure.class);
        assertThat(simulator.customer("7").orElseThrow().status()).isEqualTo("DISABLED");
        adapter.disable(7L, "unpaid");
        assertThat(adapter.find(7L)).get().extracting(IptvCustomer::status).isEqualTo(IptvStatus.DISABLED);
    }

    @Test
    void withTheDefaultRetriesADroppedConnectionIsAbsorbedAndTheChangeAppliedOnce() {
        MinervaAdapter retrying = MinervaAdapter.create(new MinervaSettings(simulator.baseUrl(), "minerva",
                "minerva-secret", 4, 1000, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        retrying.create(customer(8L, "CH-BASIC"));
        simulator.faults().dropConnectionAfterApplyNext(MinervaOperation.STATUS, 1);

        retrying.disable(8L, "unpaid");

        assertThat(retrying.find(8L)).get().extracting(IptvCustomer::status).isEqualTo(IptvStatus.DISABLED);
        assertThat(simulator.callCounts().get("status")).as("one dropped try, one retry").isEqualTo(2L);
    }

    @Test
    void wrongCredentialsArePermanent() {
        MinervaAdapter intruder = MinervaAdapter.create(new MinervaSettings(simulator.baseUrl(), "minerva", "wrong-pw",
                4, 1000, Duration.ofSeconds(1), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> intruder.create(customer(1L))).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("credentials").hasMessageNotContaining("wrong-pw");
        assertThat(simulator.customers()).isEmpty();
    }

    @Test
    void answersThatAreNotJsonOrMissFieldsGiveClearFailures() {
        adapter.create(customer(3L));
        simulator.faults().answerNext(MinervaOperation.READ, 200, "text/html", "<html>proxy error</html>", 1)
                .answerNext(MinervaOperation.READ, 200, "application/json", "{\"externalId\": \"3\", \"login\": \"x\"}", 1);

        assertThatThrownBy(() -> adapter.find(3L)).isInstanceOf(TransientFailure.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> adapter.find(3L)).isInstanceOf(PermanentFailure.class).hasMessageContaining("'status'");
        assertThat(adapter.find(3L)).isPresent();
    }

    @Test
    void theClientNeverExceedsItsConcurrencyCap() throws Exception {
        simulator.faults().latency(Duration.ofMillis(20));
        adapter.create(customer(1L));
        MinervaAdapter capped = adapter(4, 10_000, Duration.ofSeconds(5));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Callable<Boolean>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 100; i++) {
                calls.add(() -> capped.find(1L).isPresent());
            }
            for (var result : pool.invokeAll(calls)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(simulator.callCounts().get("read")).isEqualTo(100L);
        assertThat(simulator.maxConcurrentSeen()).isLessThanOrEqualTo(4).isGreaterThan(1);
    }
}

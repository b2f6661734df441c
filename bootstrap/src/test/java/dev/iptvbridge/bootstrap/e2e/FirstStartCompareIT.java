package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.cli.ExitCodes;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.minerva.SimCustomer;
import dev.iptvbridge.sandbox.minerva.SimPackage;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import dev.iptvbridge.sandbox.world.World;
import dev.iptvbridge.sandbox.world.WorldIptvCustomer;
import dev.iptvbridge.sandbox.world.WorldSink;
import dev.iptvbridge.sandbox.world.WorldSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A daemon's first start on an empty database, beside a billing base that exists already, provisions it. */
class FirstStartCompareIT {

    @TempDir
    Path data;

    @Test
    void aFirstStartComparesAndProvisionsTheExistingBaseWithNoManualStep() throws Exception {
        World world = World.generate(WorldSpec.parse("accounts=400,seed=3"));
        Map<String, Set<String>> enabled = new TreeMap<>();
        world.forEach(new WorldSink() {
            @Override
            public void iptvCustomer(WorldIptvCustomer customer) {
                if (customer.enabled()) {
                    enabled.put(customer.externalId(), new TreeSet<>(customer.packages()));
                }
            }
        });
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults().withPort(0));
             PortaBillingSimulator billing = PortaBillingSimulator.start(
                     PortaBillingSimulatorSettings.defaults().withPort(0))) {
            billing.loadWorld(world);
            // Minerva knows the packages, and no customer yet: the bridge is installed on an existing base.
            minerva.loadWorld(world);
            List<SimPackage> packages = minerva.packages();
            minerva.reset();
            minerva.seedPackages(packages);
            Path config = SandboxConfiguration.write(data, 0, billing.baseUrl(), minerva.baseUrl(),
                    Map.of("maintenance.sweepInterval", "0s", "maintenance.compareOnFirstStart", "true"));

            try (IptvBridge daemon = IptvBridge.fromConfigFile(config, Map.of())) {
                daemon.daemon().start();

                await().atMost(E2e.PATIENCE).pollInterval(Duration.ofMillis(200))
                        .until(() -> minerva.customers().size() >= enabled.size());
                await().atMost(E2e.PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> minerva.customers()
                        .stream().filter(customer -> SimCustomer.ENABLED.equals(customer.status()))
                        .allMatch(customer -> new TreeSet<>(customer.packages()).equals(enabled.get(customer.externalId()))));
                assertThat(minerva.customers()).extracting(SimCustomer::externalId)
                        .containsExactlyInAnyOrderElementsOf(enabled.keySet());

                Cli again = Cli.run("reconcile", "--all", "--dry-run", "--format", "json", "--config", config.toString());
                assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
                JsonNode counts = new ObjectMapper().readTree(again.out()).path("counts");
                counts.fields().forEachRemaining(count -> assertThat(count.getValue().asLong())
                        .as(count.getKey()).isZero());
            }
        }
    }
}

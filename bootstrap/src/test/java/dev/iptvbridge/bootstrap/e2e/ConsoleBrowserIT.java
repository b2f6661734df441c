package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.awaitCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.MinervaOperation;
import dev.iptvbridge.sandbox.minerva.SimCustomer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The operator console in a real browser, through the sandbox: sign in, see a parked account on the
 * overview, find it in the queue, retry it (confirmed), see it converge, open its timeline, run a drift
 * dry run. Each page is saved under {@code target/console-screenshots/}.
 */
class ConsoleBrowserIT {

    private static final long BOB = 1000890;

    @TempDir
    Path data;
    SandboxWorld world;
    ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = ConsoleBrowser.start();
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "0s")));
        awaitCustomer(world.minerva(), BOB, customer -> "ENABLED".equals(customer.status()));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (world != null) {
            world.close();
        }
    }

    @Test
    void an_operator_retries_a_parked_account_sees_it_converge_and_runs_a_drift_dry_run() {
        park(BOB);
        String base = "http://127.0.0.1:" + world.httpPort();

        browser.get(base + "/console");
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
        browser.findElement(By.id("username")).sendKeys(SandboxWorld.ADMIN_USER);
        browser.findElement(By.id("password")).sendKeys(SandboxWorld.ADMIN_PASSWORD);
        browser.findElement(By.id("sign-in")).click();

        assertThat(browser.findElement(By.id("parked-count")).getText()).isEqualTo("1 parked");
        assertThat(browser.findElement(By.id("remotes")).getText()).contains("MINERVA", "PORTABILLING");
        assertThat(browser.findElement(By.id("events-chart")).isDisplayed()).isTrue();
        ConsoleBrowser.screenshot(browser, "overview");

        browser.findElement(By.id("parked-count")).click();
        assertThat(browser.findElement(By.id("parked-" + BOB)).getText()).contains("" + BOB, "PermanentFailure", "400");
        ConsoleBrowser.screenshot(browser, "queue");

        browser.findElement(By.id("parked-" + BOB)).findElement(By.tagName("button")).click();
        assertThat(browser.findElement(By.id("confirm-what")).getText()).isEqualTo("Queue parked account " + BOB + " again?");
        ConsoleBrowser.screenshot(browser, "confirm");
        browser.findElement(By.xpath("//button[text()='Confirm']")).click();
        assertThat(browser.findElement(By.id("result")).getText()).startsWith("1 parked entry queued again");

        awaitCustomer(world.minerva(), BOB, customer -> "ENABLED".equals(customer.status()));
        await().atMost(E2e.PATIENCE).until(() -> world.bridge().use(WorkQueuePort.class).stats().parked() == 0);
        browser.findElement(By.id("to-account")).click();
        assertThat(browser.findElement(By.id("explain-parts")).getText()).contains("(i_account " + BOB + ")",
                "observed ENABLED", "plan nothing to do");
        assertThat(browser.findElement(By.id("audit")).getText()).contains("console retry-parked", "(by admin in the console)");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("family ENABLED", "(lasting)");
        ConsoleBrowser.screenshot(browser, "account");

        browser.get(base + "/console/queue");
        assertThat(browser.findElement(By.id("no-parked")).getText()).isEqualTo("no parked entries");

        browser.get(base + "/console/drift");
        browser.findElement(By.xpath("//button[text()='Dry run']")).click();
        browser.findElement(By.xpath("//button[text()='Confirm']")).click();
        assertThat(browser.findElement(By.id("result")).getText()).contains("(dry run)", "accounts");
        ConsoleBrowser.screenshot(browser, "drift");

        browser.get(base + "/console/catalog?check=now");
        assertThat(browser.findElement(By.id("packages")).getText()).contains("family");
        assertThat(browser.findElement(By.id("findings")).isDisplayed()).isTrue();
        ConsoleBrowser.screenshot(browser, "catalog");

        browser.get(base + "/console/charges");
        assertThat(browser.findElement(By.id("no-parked-charges")).getText()).isEqualTo("no parked charges");
        ConsoleBrowser.screenshot(browser, "charges");
    }

    private void park(long account) {
        SimCustomer customer = world.minerva().customer("" + account).orElseThrow();
        world.minerva().putCustomer(new SimCustomer(customer.externalId(), customer.login(), customer.name(), "DISABLED",
                customer.packages(), customer.wholeHomeDvr(), customer.maxDevices(), customer.createdAt(),
                customer.updatedAt()));
        // A 400 is a permanent failure: parked at its first attempt.
        world.minerva().faults().failNext(MinervaOperation.STATUS, 400, 1);
        WorkQueuePort queue = world.bridge().use(WorkQueuePort.class);
        queue.enqueue(WorkKey.account(account), Instant.now());
        await().atMost(E2e.PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            QueueStats stats = queue.stats();
            return stats.parked() == 1;
        });
    }
}

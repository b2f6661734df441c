package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.BASIC;
import static dev.iptvbridge.application.service.TestBridge.CATALOG;
import static dev.iptvbridge.application.service.TestBridge.SPORTS_ADDON;
import static dev.iptvbridge.application.service.TestBridge.START;
import static dev.iptvbridge.application.service.TestBridge.TV_BASIC;
import static dev.iptvbridge.application.service.TestBridge.TV_PREMIUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.fake.FakeCatalogFile;
import dev.iptvbridge.application.fake.InMemoryAccountProducts;
import dev.iptvbridge.application.fake.InMemoryAuditLog;
import dev.iptvbridge.application.fake.InMemoryCatalogStore;
import dev.iptvbridge.application.fake.InMemoryWorkQueue;
import dev.iptvbridge.application.fake.MutableClock;
import dev.iptvbridge.application.port.in.CatalogPoll;
import dev.iptvbridge.application.port.in.CatalogValidator;
import dev.iptvbridge.application.port.out.AccountProducts;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.CatalogDigest;
import dev.iptvbridge.domain.catalog.ServicePackage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogSwitchServiceTest {

    // Sports moves into the basic product: basic accounts without the sports add-on change, nobody else.
    static final Catalog SPORTS_IN_BASIC = new Catalog(Map.of("basic", ServicePackage.of("basic", BASIC, false),
            "premium", CATALOG.servicePackage("premium").orElseThrow(),
            "sports", ServicePackage.of("sports", Set.of("ch-sports"), false)),
            Map.of(TV_BASIC, List.of("basic", "sports"), TV_PREMIUM, List.of("premium")),
            Map.of(SPORTS_ADDON, List.of("sports")));

    final MutableClock clock = new MutableClock(START);
    final InMemoryCatalogStore store = new InMemoryCatalogStore();
    final InMemoryWorkQueue queue = new InMemoryWorkQueue();
    final InMemoryAccountProducts accounts = new InMemoryAccountProducts();
    final InMemoryAuditLog audit = new InMemoryAuditLog();

    /** One bridge on the shared store. */
    final class Bridge {
        final FakeCatalogFile file = new FakeCatalogFile().define("v1", CATALOG).define("v2", SPORTS_IN_BASIC);
        final ActiveCatalog active = new ActiveCatalog(CATALOG);
        final CatalogSwitchService service;

        Bridge(String name, CatalogValidator validator) {
            file.write("v1", START.minusSeconds(3600));
            service = new CatalogSwitchService(active, file, validator, store, new CatalogPublisher(store, accounts, queue,
                    audit, clock, new CatalogSwitchSettings(name, Duration.ofSeconds(10))), clock);
        }
    }

    private void serve(long id, long product, AddOn... addOns) {
        accounts.save(new AccountProducts(id, product, List.of(addOns), START));
    }

    private List<Long> queued() {
        return queue.all().stream().map(QueueEntry::key).map(WorkKey::id).sorted().toList();
    }

    @Test
    void theFirstLookStoresGenerationOneAndQueuesNothing() {
        serve(1, TV_BASIC);
        Bridge a = new Bridge("a", CatalogValidator.PARSE_ONLY);

        CatalogPoll poll = a.service.poll();

        assertThat(poll.generation()).isEqualTo(1);
        assertThat(poll.digest()).isEqualTo(CatalogDigest.of(CATALOG));
        assertThat(queued()).isEmpty();
        assertThat(audit.entries(AuditCategory.CATALOG)).extracting(AuditEntry::action).containsExactly("switch");
    }

    @Test
    void aChangedFileSwitchesEveryBridgeAndQueuesExactlyTheTouchedAccountsOnce() {
        serve(1, TV_BASIC);
        serve(2, TV_BASIC, AddOn.from(SPORTS_ADDON, START.minusSeconds(60)));
        serve(3, TV_PREMIUM);
        serve(4, TV_BASIC, AddOn.from(SPORTS_ADDON, START.plusSeconds(86_400)));
        Bridge a = new Bridge("a", CatalogValidator.PARSE_ONLY);
        Bridge b = new Bridge("b", CatalogValidator.PARSE_ONLY);
        a.service.poll();
        b.service.poll();

        a.file.write("v2", START);
        b.file.write("v2", START);
        a.service.poll();
        CatalogPoll followed = b.service.poll();

        assertThat(queued()).as("2 has sports already, 3 is premium; 4's add-on counts only tomorrow").containsExactly(1L, 4L);
        assertThat(queue.find(WorkKey.account(1)).orElseThrow().dueAt()).isEqualTo(START.plusSeconds(10));
        assertThat(followed.generation()).isEqualTo(2);
        assertThat(a.active.catalog()).isSameAs(SPORTS_IN_BASIC);
        assertThat(b.active.current().digest()).isEqualTo(CatalogDigest.of(SPORTS_IN_BASIC));
        assertThat(audit.entries(AuditCategory.CATALOG)).extracting(AuditEntry::action).containsExactly("switch", "switch");
        assertThat(audit.entries(AuditCategory.CATALOG).get(1).detail()).contains("generation 2", "2 account(s) queued");
    }

    @Test
    void aFollowingBridgeQueuesAgainTheTouchedAccountsItRecordedAroundTheSwitch() {
        serve(1, TV_BASIC);
        Bridge a = new Bridge("a", CatalogValidator.PARSE_ONLY);
        Bridge b = new Bridge("b", CatalogValidator.PARSE_ONLY);
        a.service.poll();
        b.service.poll();
        clock.advance(Duration.ofMinutes(5));

        a.file.write("v2", clock.instant());
        a.service.poll();
        // b reconciles two new accounts before it looks: with the old catalog, after a's scan.
        accounts.save(new AccountProducts(5, TV_BASIC, List.of(), clock.instant()));
        accounts.save(new AccountProducts(6, TV_PREMIUM, List.of(), clock.instant()));
        CatalogPoll followed = b.service.poll();

        assertThat(followed.generation()).isEqualTo(2);
        assertThat(queued()).as("1 by a's scan; 5 by b, recorded after it; 6 is not touched").containsExactly(1L, 5L);
    }

    @Test
    void aRefusedFileKeepsTheOldCatalogSaysWhyOnceAndPassesWhenFixed() {
        Bridge a = new Bridge("a", candidate -> candidate == SPORTS_IN_BASIC ? List.of("Minerva lacks ch-sports") : List.of());
        a.service.poll();

        a.file.write("v2", START);
        CatalogPoll refused = a.service.poll();
        CatalogPoll again = a.service.poll();
        a.file.write("broken", START);
        CatalogPoll broken = a.service.poll();
        a.file.write("v1", START);
        CatalogPoll fixed = a.service.poll();

        assertThat(refused.refused()).contains("Minerva lacks ch-sports");
        assertThat(refused.newlyRefused()).isTrue();
        assertThat(again.newlyRefused()).isFalse();
        assertThat(broken.refused()).hasValueSatisfying(why -> assertThat(why).contains("not a valid catalog"));
        assertThat(fixed.refused()).isEmpty();
        assertThat(fixed.generation()).isEqualTo(1);
        assertThat(a.active.catalog()).isSameAs(CATALOG);
        assertThat(audit.entries(AuditCategory.CATALOG)).extracting(AuditEntry::action)
                .containsExactly("switch", "refuse", "refuse");
    }

    @Test
    void theFileModifiedLastWinsAtStartAndOnAReload() {
        Bridge a = new Bridge("a", CatalogValidator.PARSE_ONLY);
        a.service.poll();
        a.file.write("v2", START);
        a.service.poll();
        clock.advance(Duration.ofMinutes(1));

        Bridge late = new Bridge("late", CatalogValidator.PARSE_ONLY);
        CatalogPoll atStart = late.service.poll();
        late.service.requestReload();
        CatalogPoll reloadedOld = late.service.poll();
        late.file.write("v1", clock.instant().plusSeconds(1));
        late.service.requestReload();
        CatalogPoll reloadedTouched = late.service.poll();

        assertThat(atStart.generation()).as("its v1 file is older than generation 2").isEqualTo(2);
        assertThat(atStart.news()).anySatisfy(news -> assertThat(news).contains("older than the active catalog"));
        assertThat(reloadedOld.generation()).isEqualTo(2);
        assertThat(reloadedTouched.generation()).as("touched, it is the file modified last").isEqualTo(3);
        assertThat(late.active.catalog()).isSameAs(CATALOG);
        assertThat(a.service.poll().generation()).as("a's v2 is older than generation 3: it follows").isEqualTo(3);
        assertThat(a.active.catalog()).isSameAs(CATALOG);
    }

    @Test
    void aReconcileReadsTheCatalogInUseAtItsStart() {
        ActiveCatalog active = new ActiveCatalog(CATALOG);
        active.switchTo(new ActiveCatalog.Version(SPORTS_IN_BASIC, CatalogDigest.of(SPORTS_IN_BASIC), 2));

        assertThat(active.catalog().entitlement(TV_BASIC, List.of()).minervaPackages()).contains("ch-sports");
        assertThat(active.current().generation()).isEqualTo(2);
    }
}

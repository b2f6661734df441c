package dev.iptvbridge.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.AffectedSample;
import dev.iptvbridge.application.port.in.CatalogDiffResult;
import dev.iptvbridge.domain.catalog.CatalogChange;
import dev.iptvbridge.domain.catalog.Entitlement;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CatalogDiffTextTest {

    private static final CatalogChange REMAP = new CatalogChange(CatalogChange.Kind.PRODUCT_REMAPPED, "101",
            List.of("basic"), List.of("basic", "sports"));

    private static CatalogDiffView view(int affected) {
        List<Long> ids = LongStream.rangeClosed(1_000_001, 1_000_000 + affected).boxed().toList();
        AffectedSample sample = new AffectedSample(1_000_001, 101, List.of(), new Entitlement(new TreeSet<>(List.of(
                "CH-BASIC")), false), new Entitlement(new TreeSet<>(List.of("CH-BASIC", "CH-SPORTS")), false),
                List.of("add packages CH-SPORTS"));
        return CatalogDiffView.of(new CatalogDiffResult(List.of(REMAP), ids, affected, List.of(sample)));
    }

    @Test
    void forPeopleTheChangesTheCountTheFirstAccountsAndThePlans() {
        String text = CatalogDiffText.of(view(25), null);

        assertThat(text).contains("product-remapped", "basic, sports", "25 accounts touched: 1000001, 1000002",
                "and 5 more (--output FILE.json lists them all)", "add packages CH-SPORTS");
        assertThat(CatalogDiffText.of(view(25), Path.of("diff.json"))).contains("(all in diff.json)");
    }

    @Test
    void asJsonTheShapeTheIssueAsksFor() {
        String json = Json.of(view(2));

        assertThat(json).contains("\"changes\"", "\"kind\" : \"product-remapped\"", "\"affected\" : [ 1000001, 1000002 ]",
                "\"count\" : 2", "\"plan\" : [ \"add packages CH-SPORTS\" ]");
    }

    @Test
    void twoCatalogsThatMeanTheSameSaySo() {
        CatalogDiffView same = CatalogDiffView.of(new CatalogDiffResult(List.of(), List.of(), 0, List.of()));

        assertThat(CatalogDiffText.of(same, null)).contains("nothing changes, no account is touched");
    }
}

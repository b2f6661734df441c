package dev.iptvbridge.bootstrap.console;

import dev.iptvbridge.application.port.in.CatalogDiffResult;
import dev.iptvbridge.application.port.in.CheckCatalogUseCase;
import dev.iptvbridge.application.port.in.DiffCatalogQuery;
import dev.iptvbridge.application.port.in.DiffCatalogUseCase;
import dev.iptvbridge.application.service.ActiveCatalog;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.CatalogChange;
import dev.iptvbridge.domain.catalog.ServicePackage;
import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.embedded.internal.view.CatalogCheckView;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /console/catalog}: the catalog in use (each service package, its Minerva packages and the
 * products and add-ons that carry it), its check against both systems, and a proposed catalog's diff and reach.
 */
final class CatalogPage implements ConsoleHandler {

    private static final int SAMPLE = 0;
    private static final int LISTED = 20;

    private final ActiveCatalog active;
    private final CheckCatalogUseCase check;
    private final DiffCatalogUseCase diff;
    private final Path file;

    CatalogPage(ActiveCatalog active, CheckCatalogUseCase check, DiffCatalogUseCase diff, Path file) {
        this.active = active;
        this.check = check;
        this.diff = diff;
        this.file = file;
    }

    @Override
    public void handle(Context ctx, ConsoleSession session) {
        Catalog catalog = active.catalog();
        StringBuilder body = new StringBuilder("<p>in use: ").append(Html.esc(file)).append(" (")
                .append(Html.esc(active.current().digest())).append(")</p><table id=\"packages\"><tr><th>service package")
                .append("</th><th>Minerva packages</th><th>carried by products</th><th>carried by add-ons</th></tr>");
        for (ServicePackage pkg : catalog.servicePackages().values()) {
            body.append("<tr><td>").append(Html.esc(pkg.name())).append("</td><td>")
                    .append(Html.esc(String.join(" ", pkg.minervaPackages()))).append("</td><td>")
                    .append(Html.esc(carriers(catalog.products(), pkg.name()))).append("</td><td>")
                    .append(Html.esc(carriers(catalog.addOns(), pkg.name()))).append("</td></tr>");
        }
        body.append("</table><h2>Check</h2>");
        if (ctx.queryParam("check") == null) {
            body.append("<p><a id=\"check\" href=\"/console/catalog?check=now\">Check it against Minerva and PortaBilling "
                    + "now</a> (reads both systems, changes nothing)</p>");
        } else {
            CatalogCheckView view = CatalogCheckView.of(check.check(catalog), file);
            body.append("<div id=\"findings\">").append(Html.pre(view.errors().isEmpty() && view.warnings().isEmpty()
                    ? "no error, no warning" : String.join("\n", view.lines(file)))).append("</div>");
        }
        body.append("<h2>A proposed catalog</h2><form method=\"post\" action=\"/console/catalog/diff\">")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(Html.esc(session.csrf())).append("\">")
                .append("<textarea name=\"catalog\" rows=\"12\" cols=\"80\" placeholder=\"the new catalog's YAML\">")
                .append("</textarea><br><button type=\"submit\">Show what it changes and whom</button></form>");
        ctx.html(Html.page("Catalog", session, body.toString()));
    }

    /** {@code POST /console/catalog/diff}: what the proposed catalog changes and which accounts; changes nothing. */
    void diff(Context ctx, ConsoleSession session) {
        Catalog next = CatalogLoader.parse(ctx.formParamAsClass("catalog", String.class).getOrDefault(""),
                "the proposed catalog");
        String text = text(diff.diff(new DiffCatalogQuery(active.catalog(), next, SAMPLE)));
        ctx.html(Html.page("Catalog diff", session, "<div id=\"result\">" + Html.pre(text) + "</div>"
                + "<p><a href=\"/console/catalog\">Back to the catalog</a></p>"));
    }

    private static String text(CatalogDiffResult result) {
        if (result.changes().isEmpty()) {
            return "the two catalogs mean the same: nothing changes, no account is touched";
        }
        StringBuilder text = new StringBuilder();
        for (CatalogChange change : result.changes()) {
            text.append(change.kind()).append(' ').append(change.subject()).append(": ").append(change.before())
                    .append(" -> ").append(change.after()).append('\n');
        }
        text.append(result.count()).append(" account(s) change in Minerva");
        if (!result.affected().isEmpty()) {
            text.append(": ").append(result.affected().stream().limit(LISTED).map(String::valueOf)
                    .collect(Collectors.joining(" "))).append(result.count() > LISTED ? " ..." : "");
        }
        return text.toString();
    }

    private static String carriers(Map<Long, List<String>> byProduct, String name) {
        return byProduct.entrySet().stream().filter(entry -> entry.getValue().contains(name))
                .map(entry -> String.valueOf(entry.getKey())).collect(Collectors.joining(" "));
    }
}

package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.out.BillingProduct;
import dev.iptvbridge.application.port.out.IptvPackage;
import java.util.List;

/**
 * The starting catalog {@code catalog import} writes: Minerva's packages as a commented-out service
 * package (id, with type and name as comments) to split and uncomment, and every product with an empty
 * mapping and its name as a comment. As written it loads (an empty catalog) and checks with warnings only.
 */
final class CatalogDraft {

    private CatalogDraft() {
    }

    static String of(List<IptvPackage> packages, List<BillingProduct> products) {
        StringBuilder yaml = new StringBuilder()
                .append("# A starting catalog, written by 'iptv-bridge catalog import' from Minerva (").append(packages.size())
                .append(" packages) and PortaBilling (").append(products.size()).append(" products).\n")
                .append("# Fill it in, then run 'iptv-bridge catalog check --config FILE'. The model: docs/catalog.md.\n")
                .append("servicePackages:\n")
                .append("  # Group Minerva's packages into service packages (what you sell), then uncomment, e.g.:\n")
                .append("  # basic:\n")
                .append("  #   wholeHomeDvr: false\n")
                .append("  #   minervaPackages:\n");
        int width = packages.stream().mapToInt(p -> p.id().length()).max().orElse(0);
        for (IptvPackage p : packages) {
            yaml.append("  #     - ").append(pad(p.id(), width)).append("  # ").append(p.type()).append(": ")
                    .append(oneLine(p.name())).append('\n');
        }
        yaml.append("products:   # main products (i_product): the service packages each carries, e.g. \"101\": [basic]\n");
        section(yaml, products.stream().filter(p -> !p.addOn()).toList());
        yaml.append("addons:     # add-ons (i_product): the service packages each adds to an IPTV main product\n");
        section(yaml, products.stream().filter(BillingProduct::addOn).toList());
        return yaml.toString();
    }

    private static void section(StringBuilder yaml, List<BillingProduct> products) {
        int width = products.stream().mapToInt(p -> String.valueOf(p.id()).length()).max().orElse(0);
        for (BillingProduct product : products) {
            yaml.append("  ").append(pad("\"" + product.id() + "\":", width + 3)).append(" []   # ")
                    .append(oneLine(product.name())).append('\n');
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    // A name is the operator's text: it must not end the comment and start YAML of its own.
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}

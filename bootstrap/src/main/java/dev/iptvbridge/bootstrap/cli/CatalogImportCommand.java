package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.out.BillingProduct;
import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.ProductListPort;
import dev.iptvbridge.application.service.CheckCatalogService;
import dev.iptvbridge.bootstrap.IptvBridge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Reads Minerva's packages and PortaBilling's products and writes a starting catalog to fill in
 * ({@link CatalogDraft}). An existing file is kept unless {@code --force}. Touches no database.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Write a starting catalog: every Minerva package and every PortaBilling product, ready to fill in.")
public final class CatalogImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write it; by default the configuration's catalog path.")
    Path output;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    @Override
    public Integer call() {
        try (IptvBridge bridge = config.openWithoutCatalog()) {
            Path target = output != null ? output : bridge.config().catalog();
            if (Files.exists(target) && !force) {
                spec.commandLine().getErr().println("iptv-bridge: " + target + " exists and was left as it is: pass "
                        + "--force to overwrite it, or --output to write another file");
                return ExitCodes.FAILED;
            }
            List<IptvPackage> packages = bridge.use(IptvPlatformPort.class).listPackages();
            List<BillingProduct> products = CheckCatalogService.readProducts(bridge.use(ProductListPort.class));
            write(target, CatalogDraft.of(packages, products));
            spec.commandLine().getOut().println("wrote " + target + ": " + packages.size() + " Minerva package(s), "
                    + products.stream().filter(p -> !p.addOn()).count() + " main product(s) and "
                    + products.stream().filter(BillingProduct::addOn).count() + " add-on(s) to fill in; then run "
                    + "'iptv-bridge catalog check --config " + config.file + "'");
            return ExitCodes.OK;
        }
    }

    private void write(Path target, String text) {
        try {
            if (force) {
                Files.writeString(target, text);
            } else {
                Files.writeString(target, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException raced) {
            throw new UncheckedIOException(target + " appeared while the catalog was read: pass --force to overwrite it",
                    raced);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write " + target + ": " + failed.getMessage(), failed);
        }
    }
}

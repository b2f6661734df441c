package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ManageChargesUseCase;
import dev.iptvbridge.application.purchase.ChargeState;
import dev.iptvbridge.bootstrap.IptvBridge;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Lists the purchase ledger: each Minerva purchase, its state and what PortaBilling booked for it. */
@Command(name = "charges", mixinStandardHelpOptions = true,
        description = "List Minerva's purchases in the ledger (the newest first), their state and i_xdr.")
public final class ChargesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--state", paramLabel = "STATE",
            description = "Only this state: seen, charging, charged, crediting, refunded or parked.")
    String state;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many, 1 or more (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more (it was " + limit
                    + "): it is how many purchases to list");
        }
        Optional<ChargeState> only = state == null ? Optional.empty() : Optional.of(parse(state));
        try (IptvBridge bridge = config.openReadOnly("charges")) {
            List<ChargeView> views = bridge.use(ManageChargesUseCase.class).list(only, limit).stream()
                    .map(ChargeView::of).toList();
            format.print(spec.commandLine().getOut(), views, () -> table(views));
            return ExitCodes.OK;
        }
    }

    private ChargeState parse(String text) {
        try {
            return ChargeState.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ParameterException(spec.commandLine(), "--state '" + text + "' is not a state of the ledger: use "
                    + Arrays.stream(ChargeState.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private static String table(List<ChargeView> charges) {
        if (charges.isEmpty()) {
            return "no purchases in the ledger";
        }
        Table table = new Table("PURCHASE", "STATE", "ACCOUNT", "BILL", "AMOUNT", "I_XDR", "REASON");
        for (ChargeView c : charges) {
            String xdr = (c.chargeXdr() == null ? "" : String.valueOf(c.chargeXdr()))
                    + (c.creditXdr() == null ? "" : " / credit " + c.creditXdr());
            table.row(c.purchaseId(), c.state() + (c.refund() && !c.state().equals("refunded") ? " (refund)" : ""),
                    c.account(), c.bill(), c.price() + " " + c.currency(), xdr, c.reason() == null ? "" : c.reason());
        }
        return table.toString() + charges.size() + (charges.size() == 1 ? " purchase" : " purchases") + "\n";
    }
}

package dev.iptvbridge.persistence;

import dev.iptvbridge.domain.billing.AddOn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code add_ons} column: one add-on per line, "product from to", with "-" for no end. */
final class AddOnText {

    private AddOnText() {
    }

    static String encode(List<AddOn> addOns) {
        List<String> lines = new ArrayList<>();
        for (AddOn addOn : addOns) {
            lines.add(addOn.product() + " " + addOn.effectiveFrom() + " " + addOn.effectiveTo().map(Instant::toString)
                    .orElse("-"));
        }
        return String.join("\n", lines);
    }

    static List<AddOn> decode(String text) {
        List<AddOn> addOns = new ArrayList<>();
        if (text.isEmpty()) {
            return addOns;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split(" ");
            addOns.add(new AddOn(Long.parseLong(parts[0]), Instant.parse(parts[1]),
                    "-".equals(parts[2]) ? Optional.empty() : Optional.of(Instant.parse(parts[2]))));
        }
        return addOns;
    }
}

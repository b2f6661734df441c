package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import java.util.List;

/**
 * What billing calls for in Minerva: {@code ENABLED} (with login, packages and the DVR switch),
 * {@code DISABLED} (with login) or {@code ABSENT}; {@code reason} says why when not enabled.
 */
public record DesiredPart(String state, String login, List<String> packages, Boolean wholeHomeDvr, String reason) {

    static DesiredPart of(DesiredCustomer desired) {
        String reason = desired.reason().map(found -> found.description()).orElse(null);
        return desired.accept(new DesiredCustomer.Visitor<>() {
            @Override
            public DesiredPart absent(DesiredCustomer.Absent absent) {
                return new DesiredPart("ABSENT", null, null, null, reason);
            }

            @Override
            public DesiredPart disabled(DesiredCustomer.Disabled disabled) {
                return new DesiredPart("DISABLED", disabled.profile().login(), null, null, reason);
            }

            @Override
            public DesiredPart enabled(DesiredCustomer.Enabled enabled) {
                return new DesiredPart("ENABLED", enabled.profile().login(),
                        List.copyOf(enabled.entitlement().minervaPackages()), enabled.entitlement().wholeHomeDvr(), reason);
            }
        });
    }
}

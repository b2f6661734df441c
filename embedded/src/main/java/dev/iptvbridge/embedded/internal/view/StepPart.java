package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.application.service.StepText;
import dev.iptvbridge.domain.provisioning.PlanStep;

/** One Minerva change of the plan, in the audit trail's words: {@code set-packages}, "packages set to [...]". */
public record StepPart(String action, String detail) {

    static StepPart of(PlanStep step) {
        return new StepPart(StepText.name(step), StepText.describe(step));
    }
}

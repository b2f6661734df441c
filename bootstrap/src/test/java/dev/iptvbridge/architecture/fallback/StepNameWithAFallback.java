package dev.iptvbridge.architecture.fallback;

import dev.iptvbridge.domain.provisioning.PlanStep;

/** Breaks the sealed-dispatch rule on purpose: every step that is not a create is called a delete. */
public final class StepNameWithAFallback {

    private StepNameWithAFallback() {
    }

    public static String name(PlanStep step) {
        return step instanceof PlanStep.Create ? "create" : "delete";
    }
}

package dev.iptvbridge.application.service;

import dev.iptvbridge.domain.provisioning.PlanStep;

/** Plan steps in the words of the audit trail and the explain view. */
final class StepText {

    private StepText() {
    }

    static String name(PlanStep step) {
        if (step instanceof PlanStep.Create) {
            return "create";
        } else if (step instanceof PlanStep.Enable) {
            return "enable";
        } else if (step instanceof PlanStep.Disable) {
            return "disable";
        } else if (step instanceof PlanStep.SetPackages) {
            return "set-packages";
        } else if (step instanceof PlanStep.ChangeProfile) {
            return "change-profile";
        }
        return "delete";
    }

    static String describe(PlanStep step) {
        if (step instanceof PlanStep.Create create) {
            return "created " + create.customer().status() + " with packages " + create.customer().packages()
                    + (create.customer().wholeHomeDvr() ? " and whole-home DVR" : "");
        } else if (step instanceof PlanStep.Disable disable) {
            return "disabled: " + disable.reason().description();
        } else if (step instanceof PlanStep.SetPackages setPackages) {
            return "packages set to " + setPackages.packages();
        } else if (step instanceof PlanStep.ChangeProfile change) {
            return "profile changed:" + change.login().map(login -> " login " + login).orElse("")
                    + change.name().map(name -> " name " + name).orElse("")
                    + change.wholeHomeDvr().map(dvr -> " whole-home DVR " + (dvr ? "on" : "off")).orElse("");
        }
        return name(step) + "d";
    }
}

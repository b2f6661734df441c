package dev.iptvbridge.application.service;

import dev.iptvbridge.domain.provisioning.PlanStep;

/** Plan steps in the words of the audit trail, the explain view and the embedding face. */
public final class StepText {

    private static final PlanStep.Visitor<String> NAME = new PlanStep.Visitor<>() {
        @Override
        public String create(PlanStep.Create step) {
            return "create";
        }

        @Override
        public String enable(PlanStep.Enable step) {
            return "enable";
        }

        @Override
        public String disable(PlanStep.Disable step) {
            return "disable";
        }

        @Override
        public String setPackages(PlanStep.SetPackages step) {
            return "set-packages";
        }

        @Override
        public String changeProfile(PlanStep.ChangeProfile step) {
            return "change-profile";
        }

        @Override
        public String delete(PlanStep.Delete step) {
            return "delete";
        }
    };

    private static final PlanStep.Visitor<String> DESCRIPTION = new PlanStep.Visitor<>() {
        @Override
        public String create(PlanStep.Create step) {
            return "created " + step.customer().status() + " with packages " + step.customer().packages()
                    + (step.customer().wholeHomeDvr() ? " and whole-home DVR" : "");
        }

        @Override
        public String enable(PlanStep.Enable step) {
            return "enabled";
        }

        @Override
        public String disable(PlanStep.Disable step) {
            return "disabled: " + step.reason().description();
        }

        @Override
        public String setPackages(PlanStep.SetPackages step) {
            return "packages set to " + step.packages();
        }

        @Override
        public String changeProfile(PlanStep.ChangeProfile step) {
            return "profile changed:" + step.login().map(login -> " login " + login).orElse("")
                    + step.name().map(name -> " name " + name).orElse("")
                    + step.wholeHomeDvr().map(dvr -> " whole-home DVR " + (dvr ? "on" : "off")).orElse("");
        }

        @Override
        public String delete(PlanStep.Delete step) {
            return "deleted";
        }
    };

    private StepText() {
    }

    public static String name(PlanStep step) {
        return step.accept(NAME);
    }

    public static String describe(PlanStep step) {
        return step.accept(DESCRIPTION);
    }
}

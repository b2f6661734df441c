package dev.iptvbridge.application.service;

import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.ProfileChange;
import dev.iptvbridge.domain.provisioning.PlanStep;

/**
 * One plan step as the platform call that makes it. Answers false only when a create found the
 * customer already there, so that the caller reads the platform again.
 */
record PlatformCall(IptvPlatformPort platform, long account) implements PlanStep.Visitor<Boolean> {

    @Override
    public Boolean create(PlanStep.Create step) {
        return platform.create(step.customer());
    }

    @Override
    public Boolean enable(PlanStep.Enable step) {
        platform.enable(account);
        return true;
    }

    @Override
    public Boolean disable(PlanStep.Disable step) {
        platform.disable(account, step.reason().description());
        return true;
    }

    @Override
    public Boolean setPackages(PlanStep.SetPackages step) {
        platform.setPackages(account, step.packages());
        return true;
    }

    @Override
    public Boolean changeProfile(PlanStep.ChangeProfile step) {
        platform.changeProfile(account, new ProfileChange(step.login(), step.name(), step.wholeHomeDvr()));
        return true;
    }

    @Override
    public Boolean delete(PlanStep.Delete step) {
        platform.delete(account);
        return true;
    }
}

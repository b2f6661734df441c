package dev.iptvbridge.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.ReconcileAccountResult;

/** Test helpers: assert which outcome a reconcile had and read what that outcome carries. */
final class Outcomes {

    private Outcomes() {
    }

    static ReconcileAccountResult.Applied applied(ReconcileAccountResult result) {
        assertThat(result).isInstanceOf(ReconcileAccountResult.Applied.class);
        return (ReconcileAccountResult.Applied) result;
    }

    static ReconcileAccountResult.Failed failed(ReconcileAccountResult result) {
        assertThat(result).isInstanceOf(ReconcileAccountResult.Failed.class);
        return (ReconcileAccountResult.Failed) result;
    }

    static ReconcileAccountResult.InStep inStep(ReconcileAccountResult result) {
        assertThat(result).isInstanceOf(ReconcileAccountResult.InStep.class);
        return (ReconcileAccountResult.InStep) result;
    }
}

package dev.iptvbridge.bootstrap.console;

import dev.iptvbridge.application.port.in.HeldReconcile;
import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.application.port.out.AuditCategory;
import io.javalin.http.Context;
import java.util.List;

/**
 * Reconcile one account now, under its lease as {@code reconcile} does, or show the plan of a dry run
 * (which takes no lease and changes nothing).
 */
final class ReconcileAction implements ConsoleAction {

    private final ReconcileAccountUseCase reconcile;
    private final ProcessWorkUseCase work;
    private final ConsoleAudit audit;

    ReconcileAction(ReconcileAccountUseCase reconcile, ProcessWorkUseCase work, ConsoleAudit audit) {
        this.reconcile = reconcile;
        this.work = work;
        this.audit = audit;
    }

    @Override
    public String describe(Context ctx) {
        long account = account(ctx);
        return dryRun(ctx) ? "Show the plan for account " + account + " without changing anything?"
                : "Reconcile account " + account + " now, writing to Minerva what it lacks?";
    }

    @Override
    public String run(Context ctx, ConsoleSession session) {
        long account = account(ctx);
        String back = "<p><a id=\"to-account\" href=\"/console/account?account=" + account + "\">Back to account "
                + account + "</a></p>";
        if (dryRun(ctx)) {
            return "<div id=\"result\">" + Html.pre(ResultSummary.of(reconcile.reconcile(
                    new ReconcileAccountCommand(account, true, List.of())))) + "</div>" + back;
        }
        audit.record(session, account, AuditCategory.TRANSITION, "reconcile", "reconcile of account " + account);
        return work.reconcileHeld(account, "console/" + session.username()).accept(new HeldReconcile.Visitor<>() {
            @Override
            public String reconciled(HeldReconcile.Reconciled answer) {
                return "<div id=\"result\">" + Html.pre(ResultSummary.of(answer.result())) + "</div>" + back;
            }

            @Override
            public String heldElsewhere(HeldReconcile.HeldElsewhere held) {
                return "<p id=\"result\" class=\"warn\">" + Html.esc("account " + account + " is being reconciled by "
                        + held.owner() + " (its lease runs until " + held.leaseUntil() + "); nothing was done. Try again "
                        + "in a moment.") + "</p>" + back;
            }
        });
    }

    private static long account(Context ctx) {
        return ConsolePaths.account(ctx.formParam("account")).orElseThrow(
                () -> new IllegalArgumentException("no account given: open the account's page and use its buttons"));
    }

    private static boolean dryRun(Context ctx) {
        return "true".equals(ctx.formParam("dryRun"));
    }
}

-- A reconcile asks whether the last comparison queued its account (ADR 0018: such an account reads
-- Minerva rather than trust what the bridge applied), one indexed lookup per reconcile of events.
CREATE INDEX compare_difference_account ON compare_difference (account_id);

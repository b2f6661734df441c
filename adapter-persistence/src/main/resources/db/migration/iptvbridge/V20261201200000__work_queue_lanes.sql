-- Lanes: a live entry (an event, an operator, a dated add-on's moment) is claimed before any sweep entry
-- (a whole-base comparison, reconcile --all, a catalog change). The default keeps a plain insert live.
-- sweep_run names the run that queued a sweep entry (NULL for live ones).
-- wake_at: a claimed entry's reconcile asked to be reconciled again then (an add-on starts or ends); the
-- completion queues it, live, due then, instead of deleting it.
ALTER TABLE work_queue ADD COLUMN lane VARCHAR(8) DEFAULT 'LIVE' NOT NULL;
ALTER TABLE work_queue ADD COLUMN sweep_run VARCHAR(200);
ALTER TABLE work_queue ADD COLUMN wake_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE work_queue ADD CONSTRAINT work_queue_lane CHECK (lane IN ('LIVE', 'SWEEP'));

-- Each lane's claim is a range scan of (state, lane) in due order; the old index served one lane only.
CREATE INDEX work_queue_state_lane_due ON work_queue (state, lane, due_at);
DROP INDEX work_queue_state_due;

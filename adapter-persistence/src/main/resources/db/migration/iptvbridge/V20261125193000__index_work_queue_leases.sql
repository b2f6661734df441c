-- Claims look for expired leases on their own: an index keeps that a range scan.
CREATE INDEX work_queue_state_lease ON work_queue (state, lease_until);

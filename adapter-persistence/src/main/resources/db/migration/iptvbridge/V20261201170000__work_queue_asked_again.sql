-- A claimed entry asked for again while it is worked on. Until now a raised version told that, but
-- lease renewals raise the version too: the request needs its own mark, or a renewal would hide it.
ALTER TABLE work_queue ADD COLUMN asked_again BOOLEAN DEFAULT FALSE NOT NULL;

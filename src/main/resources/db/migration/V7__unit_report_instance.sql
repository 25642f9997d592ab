-- The unit-report instance a report row was started as: the launch's idempotency guard (a row is started
-- once, whatever the retries) and the link from a report to its process instance.
ALTER TABLE unit_report ADD COLUMN process_instance_id VARCHAR(64);

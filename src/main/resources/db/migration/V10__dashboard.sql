-- The dashboard's early warning reads the open tasks of a year due in the coming months
-- (DashboardRepository.openTasks). Measured on the benchmark's 100k tasks (PostgreSQL 15, loaded machine):
-- 42 ms by a sequential scan, 25–29 ms by this index. Portable between H2 and PostgreSQL ("year" quoted: H2 keyword).
CREATE INDEX ix_task_execution_open ON task_execution ("year", stage, current_due_date);

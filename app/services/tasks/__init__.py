"""Background work: the task queue (procrastinate on PostgreSQL), its jobs, its workers."""

"""Reminder jobs on three worker frameworks (arq, Celery, a plain anyio loop), one job body."""

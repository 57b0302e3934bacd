"""Live updates: a small broker contract (`contracts.Broker`) and its backends (`memory.InProcessBroker`; a
PostgreSQL LISTEN/NOTIFY backend implements the same contract for several workers), plus the SSE stream helper."""

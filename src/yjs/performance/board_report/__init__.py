"""The partnership board's quarterly report: one service, one YJB quarter, every count suppressed."""

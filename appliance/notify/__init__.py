"""Notifications: the `Notifier` contract, its SMTP backend and the outbox (a table the transactions that cause a
notification write into, and a sender that delivers it with retries, so a mail-server outage loses nothing)."""

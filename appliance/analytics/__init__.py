"""Insight (PRODUCT 25-27): buyer feedback on answers, the analytics figures and charts, content gaps and the
learning loop (a gap turned into a knowledge-base article), and the deal digest of a quote.

Every figure is computed from what the answer path and the inbox already store (decisions with their kind and
evidence, messages by role with their times); this package adds only the buyer's feedback, the link from a gap to
the article written from it, and the settled outcome of each answer (for the Prometheus counters). The definitions
of the figures are in `figures.py` and in the README ("Analytics and content gaps").
"""

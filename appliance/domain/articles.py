"""Editing knowledge-base articles: an edit re-indexes every source built from the article."""

from __future__ import annotations

from sqlmodel import Session, select

from appliance.domain.knowledge import (
    KnowledgeArticle,
    KnowledgeArticleCreate,
    KnowledgeSource,
    is_being_removed,
    requeue_source,
)
from appliance.domain.types import utcnow


def update_article(*, session: Session, article: KnowledgeArticle, data: KnowledgeArticleCreate) -> list[int]:
    """Save the new title and body and queue a re-ingestion of each source using the article (in the caller's
    transaction). Returns the ids of the re-queued sources; the worker must be notified after the commit."""
    article.title = data.title
    article.body = data.body
    article.updated_at = utcnow()
    session.add(article)
    requeued: list[int] = []
    for source in session.exec(select(KnowledgeSource).where(KnowledgeSource.article_id == article.id)):
        if is_being_removed(source):
            continue
        source.title = data.title[:255]
        requeue_source(session=session, source=source)
        requeued.append(source.id)  # type: ignore[arg-type]
    session.flush()
    return requeued

"""Machine-facing endpoints: health, Prometheus metrics, ingestion status."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlmodel import Session, select

from appliance.domain.accounts import AuthSession, User
from appliance.domain.knowledge import IngestionJob, KnowledgeSource
from appliance.web.routes.admin import signed_in

router = APIRouter()


@router.get("/healthz")
def health() -> JSONResponse:
    return JSONResponse({"status": "ok"})


@router.get("/metrics")
def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


@router.get("/api/sources")
def sources(request: Request, auth: tuple[User, AuthSession] = Depends(signed_in)) -> JSONResponse:
    """Every knowledge source with its status and its latest ingestion job (progress of long work)."""
    with Session(request.app.state.container.engine) as session:
        rows = []
        for source in session.exec(select(KnowledgeSource).order_by(KnowledgeSource.id)):
            job = session.exec(select(IngestionJob).where(IngestionJob.source_id == source.id)
                               .order_by(IngestionJob.id.desc())).first()  # type: ignore[union-attr]
            rows.append({
                "id": source.id, "kind": source.kind.value, "title": source.title, "status": source.status.value,
                "reason": source.status_reason, "passages": source.passage_count,
                "updated_at": source.updated_at.isoformat(),
                "job": {"id": job.id, "state": job.state.value, "attempts": job.attempts} if job else None,
            })
    return JSONResponse({"sources": rows})

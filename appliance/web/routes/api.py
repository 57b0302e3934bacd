"""Machine-facing endpoints: health, Prometheus metrics, ingestion status."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlmodel import Session, select

from appliance.domain.accounts import AuthSession, Role, User
from appliance.domain.conversations import Conversation, Decision, citations_for, transcript
from appliance.domain.quotes import Quote
from appliance.domain.knowledge import IngestionJob, KnowledgeSource
from appliance import metrics as app_metrics
from appliance.health import health_report
from appliance.web.routes.admin import signed_in, super_admin

router = APIRouter()


@router.get("/healthz")
def health(request: Request) -> JSONResponse:
    """ok / degraded (model server unreachable or its breaker not closed, ingestion backed up) / down (503)."""
    container = request.app.state.container
    report = health_report(engine=container.engine, generator=container.generator,
                           probe=request.app.state.model_probe, settings=request.app.state.settings)
    return JSONResponse(report, status_code=503 if report["status"] == "down" else 200,
                        headers={"Cache-Control": "no-store"})


def metrics_reader(request: Request) -> None:
    """Prometheus sends ``Authorization: Bearer <security.metrics_token>`` when a token is configured."""
    token = request.app.state.settings.security.metrics_token.get_secret_value()
    if not token:
        return
    sent = request.headers.get("authorization", "")
    if not hmac.compare_digest(sent.encode(), f"Bearer {token}".encode()):
        raise HTTPException(401, "a bearer token is required for /metrics", headers={"WWW-Authenticate": "Bearer"})


@router.get("/metrics", dependencies=[Depends(metrics_reader)])
def metrics(request: Request) -> Response:
    generator = request.app.state.container.generator
    state = str(generator.health().get("state", "closed")) if generator is not None else "closed"
    for name in ("closed", "open", "half_open"):
        app_metrics.MODEL_BREAKER_STATE.labels(state=name).set(1 if name == state else 0)
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


@router.get("/api/sources")
def sources(request: Request, auth: tuple[User, AuthSession] = Depends(super_admin)) -> JSONResponse:
    """Every knowledge source with its status and its latest ingestion job (progress of long work). Super admins
    only, like the sources page: rejection reasons name what a file held."""
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


@router.get("/api/conversations/{conversation_id}/evidence")
def evidence(conversation_id: int, request: Request,
             auth: tuple[User, AuthSession] = Depends(signed_in)) -> JSONResponse:
    """The audit record of one conversation: every message, each decision with its evidence (candidates, scores,
    source hashes and offsets, model and prompt version, latencies) and each citation. Super admins see every
    conversation; a sales rep only those on their own quotes or assigned to them."""
    user = auth[0]
    with Session(request.app.state.container.engine) as session:
        conversation = session.get(Conversation, conversation_id)
        quote = session.get(Quote, conversation.quote_id) if conversation else None
        allowed = conversation is not None and quote is not None and (
            user.role == Role.SUPER_ADMIN or quote.owner_id == user.id or conversation.assigned_user_id == user.id)
        if not allowed:
            raise HTTPException(404)
        messages = transcript(session=session, conversation_id=conversation_id)
        cites = citations_for(session=session, message_ids=[int(m.id or 0) for m in messages])
        decisions = session.exec(select(Decision).where(Decision.conversation_id == conversation_id)
                                 .order_by(Decision.id)).all()
        record = {
            "conversation": {"id": conversation.id, "quote": quote.number, "status": conversation.status.value,
                             "created_at": conversation.created_at.isoformat(),
                             "assigned_user_id": conversation.assigned_user_id,
                             "assigned_team_id": conversation.assigned_team_id},
            "messages": [
                {"id": m.id, "role": m.role.value, "text": m.text, "language": m.language,
                 "created_at": m.created_at.isoformat(),
                 "citations": [{"number": c.number, "doc_kind": c.doc_kind, "doc_id": c.doc_id,
                                "passage_id": c.passage_id, "title": c.title, "heading_path": c.heading_path,
                                "start": c.start, "end": c.end, "text": c.text,
                                "content_sha256": c.content_sha256} for c in cites.get(int(m.id or 0), [])]}
                for m in messages
            ],
            "decisions": [
                {"buyer_message_id": d.buyer_message_id, "agent_message_id": d.agent_message_id,
                 "decision": d.kind.value, "reason": d.reason, "confidence": d.confidence, "model": d.model,
                 "prompt_version": d.prompt_version, "latencies_ms": d.latencies_ms, "evidence": d.evidence,
                 "created_at": d.created_at.isoformat()}
                for d in decisions
            ],
        }
    return JSONResponse(record, headers={
        "Content-Disposition": f'attachment; filename="conversation-{conversation_id}-evidence.json"'})

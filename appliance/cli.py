"""`appliance serve | demo | ingest | ask | models | eval | create-admin | backup | restore | upgrade`."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import secrets
import sys
import traceback
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

DEMO_FOLDER = Path(__file__).parent / "demo_data"


class CliError(Exception):
    pass


def _settings(data_dir: str | None = None):  # type: ignore[no-untyped-def]
    from pydantic import ValidationError

    from appliance.settings import Settings

    try:
        settings = Settings()
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
        raise CliError(f"invalid settings (APPLIANCE_* environment or appliance.env): {problems}") from None
    if data_dir:
        settings = settings.model_copy(update={"data_dir": Path(data_dir)})
    return settings


def _serve(settings, *, banner: str = "") -> None:  # type: ignore[no-untyped-def]
    import uvicorn

    from appliance.web.app import create_app

    app = create_app(settings)
    if banner:
        app.state.banner = banner
    uvicorn.run(app, host=settings.web.host, port=settings.web.port, log_level="info")


def cmd_serve(args: argparse.Namespace) -> None:
    _serve(_settings(args.data_dir))


def cmd_demo(args: argparse.Namespace) -> None:
    from sqlmodel import Session, select

    from appliance.container import build_container
    from appliance.domain.quotes import Quote
    from appliance.scenarios import build_scenario, load_scenario, serve_folder

    settings = _settings(args.data_dir or "var/demo")
    folders = sorted(p for p in DEMO_FOLDER.iterdir() if (p / "scenario.json").is_file())
    if not folders:
        raise CliError(f"no demo scenario found in {DEMO_FOLDER}")
    scenario = load_scenario(folders[0])
    logins_file = settings.data_dir / "demo-logins.json"
    if not logins_file.exists():
        print(f"Loading the demo company '{scenario.spec.name}' into {settings.data_dir} (first run only)…",
              flush=True)
        password = secrets.token_urlsafe(9)

        async def load() -> dict:  # type: ignore[type-arg]
            with serve_folder(scenario.folder) as url_base:
                container = await build_container(settings, extra_allowed_hosts=("127.0.0.1",))
                try:
                    built = build_scenario(container, scenario, url_base=url_base, password=password)
                    for outcome in await container.worker.run_pending():
                        print(f"  source {outcome.source_id}: {outcome.state.value} {outcome.reason}", flush=True)
                finally:
                    await container.aclose()
            return {"logins": built.logins, "quote_id": built.quote_id}

        data = asyncio.run(load())
        fd = os.open(logins_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            json.dump(data, handle)
    data = json.loads(logins_file.read_text())
    from appliance.db import create_db_engine

    engine = create_db_engine(settings.database_url)
    with Session(engine) as session:
        quote = session.exec(select(Quote).where(Quote.id == data["quote_id"])).one()
        token = quote.public_token
    engine.dispose()
    base = settings.public_url
    lines = [
        "",
        "The closing agent appliance is starting with the demo company.",
        f"  Buyer quote page : {base}/q/{token}",
        f"  Admin (sign in)  : {base}/admin",
        f"  Metrics          : {base}/metrics",
        "  Demo logins (password for all):",
    ]
    lines += [f"    {email:<36} {role}" for email, _, role in data["logins"]]
    lines.append(f"    password: {data['logins'][0][1]}")
    lines.append("")
    banner = "\n".join(lines)
    print(banner, flush=True)
    _serve(settings, banner=banner)


def cmd_ingest(args: argparse.Namespace) -> None:
    from appliance.container import build_container
    from appliance.db import session_scope
    from appliance.domain.agents import the_agent
    from appliance.domain.knowledge import SourceKind, add_source, store_file

    settings = _settings(args.data_dir)

    async def run() -> None:
        container = await build_container(settings)
        try:
            with session_scope(container.engine) as session:
                agent = the_agent(session=session)
                if agent is None and (args.files or args.urls):
                    raise CliError("create the agent first (admin wizard, or `appliance demo`)")
                for name in args.files:
                    path = Path(name)
                    if not path.is_file():
                        raise CliError(f"{path} is not a file")
                    stored = store_file(session=session, files_dir=settings.files_dir, filename=path.name,
                                        content=path.read_bytes())
                    add_source(session=session, agent_id=int(agent.id or 0), kind=SourceKind.FILE,  # type: ignore[union-attr]
                               title=path.name, file_id=stored.id)
                for url in args.urls:
                    add_source(session=session, agent_id=int(agent.id or 0), kind=SourceKind.URL,  # type: ignore[union-attr]
                               title=url, url=url)
            for outcome in await container.worker.run_pending():
                print(f"source {outcome.source_id}: {outcome.state.value} {outcome.reason}".rstrip())
        finally:
            await container.aclose()

    asyncio.run(run())


def cmd_ask(args: argparse.Namespace) -> None:
    from sqlmodel import Session, select

    from appliance.answering.chat import ask
    from appliance.container import build_container
    from appliance.domain.quotes import Quote

    settings = _settings(args.data_dir)

    async def run() -> None:
        container = await build_container(settings)
        try:
            with Session(container.engine) as session:
                quote = session.exec(select(Quote).where(Quote.number == args.quote)).first()
                if quote is None:
                    raise CliError(f"no quote numbered {args.quote}")
                if not quote.agent_enabled:
                    raise CliError(f"the agent is not turned on for quote {args.quote}")
                from appliance.domain.agents import the_agent

                agent = the_agent(session=session)
            result = await ask(container.engine, container.pipeline, quote_id=int(quote.id or 0),
                               agent_id=int(agent.id or 0), key=f"cli-{secrets.token_hex(8)}",  # type: ignore[union-attr]
                               text=args.question, max_chars=settings.answering.max_message_chars)
            print(f"[{result.decision}, confidence {result.confidence:.2f}] {result.text}")
            for citation in result.citations:
                print(f"  [{citation.number}] {citation.title} › {' › '.join(citation.heading_path)} "
                      f"@{citation.start}-{citation.end}")
            print(f"  latency ms: {json.dumps(result.latencies_ms)}")
        finally:
            await container.aclose()

    asyncio.run(run())


def cmd_eval(args: argparse.Namespace) -> None:
    """Evaluate one scenario folder, or several one after the other in this process (``--json-dir``): the models are
    loaded once for all of them, each scenario gets its own database, vector store and data directory. A scenario
    that fails is reported and the others still run; the command then exits with an error naming it."""
    from appliance.evaluation import dumps, evaluate
    from appliance.scenarios import ScenarioError

    folders = [Path(folder) for folder in args.scenario]
    if len(folders) > 1 and not args.json_dir:
        raise CliError("several scenarios write their reports into a folder: give --json-dir")
    if args.json_out and len(folders) > 1:
        raise CliError("--json-out names one report: give --json-dir for several scenarios")
    names = [folder.resolve().name for folder in folders]
    if len(set(names)) < len(names):
        raise CliError("two scenario folders have the same name: their reports would overwrite each other")
    settings = _settings(None)

    def progress(row: dict) -> None:  # type: ignore[type-arg]
        mark = "ok " if row["correct"] else "BAD"
        print(f"{mark} {row['id']:>5} expect={row['expect']:<8} got={row['decision']:<8} "
              f"{row['latency_ms'].get('total', 0):7.1f} ms  {row['question'][:60]}", file=sys.stderr, flush=True)

    failed: list[str] = []
    for folder, name in zip(folders, names, strict=True):
        if len(folders) > 1:
            print(f"== {name}", file=sys.stderr, flush=True)
        try:
            report = asyncio.run(evaluate(folder, base_settings=settings, progress=progress))
        except ScenarioError as error:
            if len(folders) == 1:
                raise CliError(str(error)) from None
            print(f"{name}: {error}", file=sys.stderr, flush=True)
            failed.append(name)
            continue
        except Exception:  # one scenario's crash does not lose the others' reports
            if len(folders) == 1:
                raise
            traceback.print_exc()
            failed.append(name)
            continue
        text = dumps(report)
        if len(folders) == 1:
            print(text)
        for target in ([Path(args.json_out)] if args.json_out else []) + (
                [Path(args.json_dir) / f"{name}.json"] if args.json_dir else []):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text + "\n")
    if failed:
        raise CliError(f"{len(failed)} of {len(folders)} scenarios failed: {', '.join(failed)}")


def cmd_doctor(args: argparse.Namespace) -> None:
    from appliance.doctor import DEFAULT_LOCK, Status, report, run_checks

    findings = run_checks(_settings(args.data_dir), models_dir=Path(args.models_dir),
                          lock_path=Path(args.lock) if args.lock else DEFAULT_LOCK)
    print(report(findings))
    if any(f.status is Status.FAIL for f in findings):
        raise SystemExit(1)


def cmd_models(args: argparse.Namespace) -> None:
    from appliance.models import list_models, prepare_model, record_models, verify_models

    if args.action == "list":
        print(list_models())
    elif args.action == "verify":
        ok, text = verify_models(Path(args.models_dir))
        print(text)
        if not ok:
            raise SystemExit(1)
    elif args.action == "record":
        print(record_models(Path(args.models_dir)))
    else:
        print(prepare_model(Path(args.models_dir)))


def cmd_create_admin(args: argparse.Namespace) -> None:
    from pydantic import ValidationError

    from appliance.db import create_db_engine, migrate, session_scope
    from appliance.domain.accounts import Role, UserCreate, create_user

    settings = _settings(args.data_dir)
    password = os.environ.get("APPLIANCE_ADMIN_PASSWORD") or getpass.getpass("Password (12+ characters): ")
    try:
        data = UserCreate(email=args.email, name=args.name, role=Role.SUPER_ADMIN, has_seat=True, password=password)
    except ValidationError as error:
        raise CliError("; ".join(f"{e['loc'][-1]}: {e['msg']}" for e in error.errors())) from None
    engine = create_db_engine(settings.database_url)
    migrate(engine)
    try:
        with session_scope(engine) as session:
            create_user(session=session, data=data)
    except ValueError as error:
        raise CliError(str(error)) from None
    print(f"super admin {data.email} created")


def cmd_backup(args: argparse.Namespace) -> None:
    from appliance.backup import BackupError, backup

    settings = _settings(args.data_dir)
    try:
        report = backup(settings, Path(args.folder))
    except BackupError as error:
        raise CliError(str(error)) from None
    print(f"backup written to {report.folder}: {report.database} database (schema {report.revision or 'in dump'}), "
          f"vectors: {report.vectors}, {report.files} files, {report.bytes / 2**20:.1f} MiB, {report.seconds:.1f} s")
    for note in report.notes:
        print(f"  note: {note}")


def cmd_restore(args: argparse.Namespace) -> None:
    from appliance.backup import BackupError, restore

    settings = _settings(args.data_dir)
    try:
        report = restore(settings, Path(args.folder))
    except BackupError as error:
        raise CliError(str(error)) from None
    print(f"restored {report.folder} into {settings.data_dir}: {report.database} database at schema "
          f"{report.revision}, vectors: {report.vectors}, {report.files} files, {report.seconds:.1f} s")
    for note in report.notes:
        print(f"  note: {note}")


def cmd_upgrade(args: argparse.Namespace) -> None:
    from appliance.backup import upgrade

    before, after = upgrade(_settings(args.data_dir))
    if before == after:
        print(f"the database is already at the newest schema ({after})")
    else:
        print(f"database schema upgraded from {before or 'empty'} to {after}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="appliance", description="The closing agent appliance.")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the web server")
    serve.add_argument("--data-dir")
    serve.set_defaults(func=cmd_serve)
    demo = sub.add_parser("demo", help="load the demo company (first run) and run the web server")
    demo.add_argument("--data-dir", help="default: var/demo")
    demo.set_defaults(func=cmd_demo)
    ingest = sub.add_parser("ingest", help="add files or URLs as sources and run pending ingestion jobs "
                                           "(with the server stopped: the vector database has one owner)")
    ingest.add_argument("--data-dir")
    ingest.add_argument("--file", dest="files", action="append", default=[])
    ingest.add_argument("--url", dest="urls", action="append", default=[])
    ingest.set_defaults(func=cmd_ingest)
    ask_parser = sub.add_parser("ask", help="ask a question on a quote through the buyer's answer path")
    ask_parser.add_argument("quote", help="quote number")
    ask_parser.add_argument("question")
    ask_parser.add_argument("--data-dir")
    ask_parser.set_defaults(func=cmd_ask)
    evaluate = sub.add_parser("eval", help="evaluate the answer path on one or more scenario folders")
    evaluate.add_argument("scenario", nargs="+")
    evaluate.add_argument("--json-out", help="write the report of the one scenario here")
    evaluate.add_argument("--json-dir", help="write each scenario's report here as NAME.json (several scenarios)")
    evaluate.set_defaults(func=cmd_eval)
    models = sub.add_parser("models", help="list, verify, prepare or record (hash the operator's placed) model files")
    models.add_argument("action", choices=["list", "verify", "prepare", "record"])
    models.add_argument("--models-dir", default="models")
    models.set_defaults(func=cmd_models)
    doctor = sub.add_parser("doctor", help="check the install: packages against the lock, models, data directory, "
                            "database, model server; says what is wrong and how to fix it")
    doctor.add_argument("--data-dir", default=None, help="default: APPLIANCE_DATA_DIR or var")
    doctor.add_argument("--models-dir", default="models")
    doctor.add_argument("--lock", default=None, help="default: requirements/appliance.lock beside the code")
    doctor.set_defaults(func=cmd_doctor)
    admin = sub.add_parser("create-admin", help="create a super admin (first run)")
    admin.add_argument("--email", required=True)
    admin.add_argument("--name", default="Administrator")
    admin.add_argument("--data-dir")
    admin.set_defaults(func=cmd_create_admin)
    backup = sub.add_parser("backup", help="write a consistent backup (database, vectors, stored files, keys) into "
                            "an empty folder; safe while the server runs",
                            description="Write a consistent online backup: the database (SQLite backup API or "
                            "pg_dump), the Milvus-lite vectors (copied between two flushed writes: ingestion waits "
                            "meanwhile), stored files, avatars and the generated secret key, with a manifest of "
                            "SHA-256 checksums. The folder holds secrets: keep it safe.")
    backup.add_argument("folder", help="where to write the backup (a new or empty folder outside the data directory)")
    backup.add_argument("--data-dir")
    backup.set_defaults(func=cmd_backup)
    restore_parser = sub.add_parser("restore", help="restore a backup into an empty data directory (and database), "
                                    "then run the migrations")
    restore_parser.add_argument("folder", help="a folder written by `appliance backup`")
    restore_parser.add_argument("--data-dir")
    restore_parser.set_defaults(func=cmd_restore)
    upgrade_parser = sub.add_parser("upgrade", help="bring the database schema to this version (run after "
                                    "installing a new version, with the server stopped)")
    upgrade_parser.add_argument("--data-dir")
    upgrade_parser.set_defaults(func=cmd_upgrade)
    return parser


def main(argv: list[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except CliError as error:
        print(f"appliance: error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as error:
        if type(error).__name__ in {"EmbedderUnavailable", "ModelUnavailable", "ModelMissing"}:
            print(f"appliance: error: {error}", file=sys.stderr)
            raise SystemExit(2) from None
        raise


if __name__ == "__main__":
    main()

"""Validate the glidemere-escalator-handrails scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Checks counts (40 questions: 22 answer / 5 clarify / 13 handoff, 10 non-English spread over all three kinds),
the scenario shape, and that every answer fact appears (case-insensitively) in one of the named sources, or in the
quote including figures derived from it (line totals, discounted unit prices, grand total, per-year plan cost).
"""
import datetime as dt
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.append("/tmp/rl")
HERE = Path(__file__).resolve().parent
errors = []


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(str(path), data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if ext in (".html", ".htm"):
        raw = path.read_text(encoding="utf-8")
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return path.read_text(encoding="utf-8")


def money(x: float) -> list:
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"]


def quote_text(q: dict) -> str:
    parts = [json.dumps(q, ensure_ascii=False)]
    total = before = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(li["quantity"] * unit, 2)
        total += line; before += gross
        parts += money(unit) + money(line) + money(gross)
        if "24-month" in li["name"]:
            parts += money(line / 2) + money(unit / 2)
    parts += money(round(total, 2)) + money(round(before - total, 2)) + money(before)
    for k in ("created_on", "expires_on"):
        d = dt.date.fromisoformat(q[k])
        parts += [d.strftime("%d %B %Y").lstrip("0"), d.strftime("%B %d, %Y")]
    return "\n".join(parts)


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]
for key in ("name", "description", "agent", "users", "quote", "sources"):
    if key not in sc:
        errors.append(f"scenario.json: missing {key}")
if not 2 <= len(sc["users"]) <= 3:
    errors.append("users: expected 2-3")
if q["owner"] not in {u["email"] for u in sc["users"]}:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("line_items: expected 5-9")

texts = {"quote": quote_text(q).lower()}
types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}"); continue
    types[p.suffix.lower()] += 1
    t = text_of(p)
    if len(t) < 1500:
        errors.append(f"{p.name}: only {len(t)} characters of text")
    texts[p.name] = t.lower()
for ext in (".docx", ".pdf", ".xlsx"):
    if types[ext] != 1:
        errors.append(f"expected one {ext} source, found {types[ext]}")
if types[".md"] + types[".html"] < 1:
    errors.append("expected a Markdown kb_article and/or an HTML page")
from openpyxl import load_workbook
if len(load_workbook(str(HERE / "knowledge" / "handrail-price-and-spec-sheet-2025.xlsx")).worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(x["expect"] for x in qs)
langs = Counter(x.get("language", "en") for x in qs)
nonen_kinds = Counter(x["expect"] for x in qs if x.get("language", "en") != "en")
if len(qs) != 40: errors.append(f"expected 40 questions, got {len(qs)}")
if kinds != Counter(answer=22, clarify=5, handoff=13): errors.append(f"bad expect counts {dict(kinds)}")
if sum(v for k, v in langs.items() if k != "en") != 10: errors.append(f"expected 10 non-English, got {dict(langs)}")
if set(nonen_kinds) != {"answer", "clarify", "handoff"}: errors.append(f"non-English not spread: {dict(nonen_kinds)}")
if len({x["id"] for x in qs}) != len(qs): errors.append("duplicate ids")

for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts"); continue
    for s in x["sources"]:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        if not any(f.lower() in texts.get(s, "") for s in x["sources"]):
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"questions: {len(qs)}  expect: {dict(kinds)}  languages: {dict(langs)}  non-English by kind: {dict(nonen_kinds)}")
print(f"sources: {dict(types)}  text chars: " + ", ".join(f"{k}={len(v)}" for k, v in texts.items()))
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")

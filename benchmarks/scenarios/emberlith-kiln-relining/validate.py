"""Validate the emberlith-kiln-relining scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Needs python-docx, openpyxl and pypdf.

Checks: scenario.json shape, source files exist, 40 questions with 22/5/13 answer/clarify/handoff, 10 non-English
spread over all three kinds, and that every fact of an `answer` question appears (case-insensitive, whitespace
normalised) in the text of at least one of its named sources, where `quote` means the quote's text plus the figures
derived from it by quote arithmetic (discounted unit prices, line totals, subtotal, VAT, total, per-year plan cost).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    suf = path.suffix.lower()
    if suf == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if suf == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    if suf == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    if suf in (".md", ".html", ".htm", ".txt"):
        t = path.read_text(encoding="utf-8")
        if suf in (".html", ".htm"):
            t = re.sub(r"<[^>]+>", " ", t)
        return t
    raise ValueError(f"unsupported source type: {path}")


def money(x):
    return [f"{x:.2f}", f"{x:,.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}", f"{x:.0f}" if x == int(x) else f"{x:.2f}"]


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for key in ("name", "description", "agent", "users", "quote", "sources"):
    if key not in sc:
        errors.append(f"scenario.json: missing {key}")
q = sc["quote"]
emails = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3:
    errors.append("users: need 2-3")
if q["owner"] not in emails:
    errors.append("quote.owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("line_items: need 5-9")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    errors.append("agent.handoff.assign_to invalid")

# quote text and derived figures
derived = []
subtotal = 0.0
for li in q["line_items"]:
    unit_net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line = round(unit_net * li["quantity"], 2)
    subtotal += line
    derived += money(unit_net) + money(line)
    if "3-year" in li["name"]:
        derived += money(round(line / 3, 2))  # per-year cost of a 3-year plan
subtotal = round(subtotal, 2)
vat = round(subtotal * 0.20, 2)
derived += money(subtotal) + money(vat) + money(round(subtotal + vat, 2))
quote_text = json.dumps(q, ensure_ascii=False) + "\n" + q["terms"] + "\n" + q["notes"] + "\n" + " ".join(derived)

texts = {"quote": norm(quote_text)}
kinds = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    kinds.add(p.suffix.lower() if s["type"] != "kb_article" else "kb_article")
    t = norm(text_of(p))
    if len(t) < 1500:
        errors.append(f"source {p.name} looks too short ({len(t)} chars)")
    texts[p.name] = t
if len(kinds) < 4:
    errors.append(f"need four source types, got {sorted(kinds)}")

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate question ids")
counts = {"answer": 0, "clarify": 0, "handoff": 0}
foreign = {"answer": 0, "clarify": 0, "handoff": 0}
langs = set()
for x in qs:
    e = x["expect"]
    counts[e] += 1
    if x.get("language") and x["language"] != "en":
        foreign[e] += 1
        langs.add(x["language"])
    if e == "answer":
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
            continue
        for src in x["sources"]:
            if src not in texts:
                errors.append(f"{x['id']}: unknown source {src}")
        pool = " ".join(texts.get(s, "") for s in x["sources"])
        for fact in x["facts"]:
            if norm(fact) not in pool:
                errors.append(f"{x['id']}: fact {fact!r} not found in {x['sources']}")

if len(qs) != 40:
    errors.append(f"need 40 questions, got {len(qs)}")
if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
    errors.append(f"wrong mix {counts}")
if sum(foreign.values()) != 10:
    errors.append(f"need 10 non-English questions, got {sum(foreign.values())}")
if not all(foreign.values()):
    errors.append(f"non-English questions must be spread over all kinds: {foreign}")
if len(langs) < 5:
    errors.append(f"need a mix of languages, got {sorted(langs)}")

print(f"questions: {len(qs)} {counts}; non-English: {sum(foreign.values())} {foreign} languages {sorted(langs)}")
print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
print(f"quote subtotal {subtotal:,.2f}, VAT {vat:,.2f}, total {subtotal + vat:,.2f}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")

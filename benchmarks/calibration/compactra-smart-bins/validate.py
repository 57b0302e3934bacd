"""Check the compactra-smart-bins scenario: structure, counts, and that every answer fact is present
(case-insensitively) in the sources it names, or in the quote (including figures computed from it:
discounted unit prices, line totals, subtotal, discount total and grand total).

Run: PYTHONPATH=<folder with pypdf> /work/main/.venv/bin/python validate.py
Needs python-docx, openpyxl and pypdf.
"""
import json
import re
import sys
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    s = s.replace("\u2212", "-").replace("\u2013", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).lower()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        wb = load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    if ext in (".md", ".html", ".htm", ".txt"):
        t = path.read_text(encoding="utf-8")
        if ext in (".html", ".htm"):
            t = re.sub(r"<[^>]+>", " ", t)
        return t
    raise ValueError(f"unsupported source type {path}")


def money_forms(x):
    forms = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        forms |= {f"{round(x):,}", f"{round(x)}"}
    return forms


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]

# ---- scenario structure
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        errors.append(f"scenario.json lacks {k}")
users = sc["users"]
if not 2 <= len(users) <= 3:
    errors.append(f"{len(users)} users, expected 2-3")
if q["owner"] not in {u["email"] for u in users}:
    errors.append("quote owner is not a user")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    errors.append("bad handoff.assign_to")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
items = q["line_items"]
if not 5 <= len(items) <= 9:
    errors.append(f"{len(items)} line items, expected 5-9")
if q["currency"] != "USD":
    errors.append("currency is not USD")

# ---- quote text and computed figures
quote_text = json.dumps(q, ensure_ascii=False)
computed = set()
subtotal = total = 0.0
for it in items:
    gross = it["quantity"] * it["unit_price"]
    unit_net = round(it["unit_price"] * (1 - it["discount_percent"] / 100), 2)
    line = round(it["quantity"] * unit_net, 2)
    subtotal += gross
    total += line
    for v in (it["unit_price"], unit_net, gross, line, it["unit_price"] - unit_net, gross - line):
        computed |= money_forms(v)
computed |= money_forms(round(subtotal, 2)) | money_forms(round(total, 2)) | money_forms(round(subtotal - total, 2))
quote_corpus = norm(quote_text + "\n" + "\n".join(sorted(computed)))
print(f"quote: subtotal {subtotal:,.2f}, total after discounts {total:,.2f}")

# ---- sources
src_text = {}
types = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    types.add(p.suffix.lower())
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append(f"kb_article {s['path']} lacks a title")
    src_text[p.name] = norm(text_of(p))
for need in (".docx", ".pdf", ".xlsx"):
    if need not in types:
        errors.append(f"no {need} source")
if not ({".md", ".html"} & types):
    errors.append("no Markdown or HTML source")
wb = load_workbook(str(HERE / "knowledge" / "compactra-price-list-2025.xlsx"))
if len(wb.worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
counts = {"answer": 0, "clarify": 0, "handoff": 0}
foreign = {"answer": 0, "clarify": 0, "handoff": 0}
langs = set()
ids = set()
for r in qs:
    if r["id"] in ids:
        errors.append(f"duplicate id {r['id']}")
    ids.add(r["id"])
    e = r["expect"]
    if e not in counts:
        errors.append(f"{r['id']}: bad expect {e}")
        continue
    counts[e] += 1
    if r.get("language") and r["language"] != "en":
        foreign[e] += 1
        langs.add(r["language"])
    if e != "answer":
        continue
    facts, srcs = r.get("facts", []), r.get("sources", [])
    if not 1 <= len(facts) <= 3:
        errors.append(f"{r['id']}: {len(facts)} facts")
    if not srcs:
        errors.append(f"{r['id']}: no sources")
    corpus = ""
    for s in srcs:
        if s == "quote":
            corpus += "\n" + quote_corpus
        elif s in src_text:
            corpus += "\n" + src_text[s]
        else:
            errors.append(f"{r['id']}: unknown source {s}")
    for f in facts:
        if norm(f) not in corpus:
            errors.append(f"{r['id']}: fact {f!r} not found in {srcs}")

expected = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40:
    errors.append(f"{len(qs)} questions, expected 40")
if counts != expected:
    errors.append(f"counts {counts}, expected {expected}")
if sum(foreign.values()) != 10:
    errors.append(f"{sum(foreign.values())} non-English questions, expected 10")
if not all(foreign.values()):
    errors.append(f"non-English questions not spread across kinds: {foreign}")
print(f"questions: {counts}; non-English {foreign} in {sorted(langs)}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

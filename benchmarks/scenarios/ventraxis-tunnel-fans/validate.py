"""Validate the ventraxis-tunnel-fans scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Needs python-docx, openpyxl and pypdf.
Checks: scenario.json shape, source files exist in four types, 5-9 line items, 40 questions with
22 answer / 5 clarify / 13 handoff, 10 non-English spread over the three kinds, and that every answer
fact appears (case-insensitively, whitespace-normalised) in one of the named sources or the quote.
Quote facts may also be derived figures (line totals, subtotal, discounted unit prices, payment
instalments, per-year figures), computed here and formatted with thousands separators.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).parent
errors = []


def norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.extend(str(v) for v in row if v is not None)
        return "\n".join(parts)
    if ext in (".md", ".html", ".htm", ".txt"):
        t = path.read_text(encoding="utf-8")
        if ext in (".html", ".htm"):
            t = re.sub(r"<[^>]+>", " ", t)
        return t
    raise ValueError(f"unsupported source type {path}")


def money(x):
    s = f"{x:,.2f}"
    return [s, s[:-3]] if s.endswith(".00") else [s]


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]

# ---- scenario shape
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        errors.append(f"scenario.json lacks {k}")
emails = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3:
    errors.append("need 2-3 users")
if q["owner"] not in emails:
    errors.append("quote owner is not a user")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    errors.append("bad handoff.assign_to")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("need 5-9 line items")
if not any(li["discount_percent"] for li in q["line_items"]):
    errors.append("no discounts in quote")

# ---- sources
texts = {}
exts = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    exts.add("kb_article" if s["type"] == "kb_article" else p.suffix.lower())
    texts[p.name] = norm(text_of(p))
for need in (".docx", ".pdf", ".xlsx"):
    if need not in exts:
        errors.append(f"no {need} source")
if not ({"kb_article", ".html"} & exts):
    errors.append("no kb_article or html source")

# ---- quote text and derived figures
derived = []
subtotal = gross = 0.0
for li in q["line_items"]:
    g = li["quantity"] * li["unit_price"]
    net_unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
    net = round(li["quantity"] * net_unit, 2)
    gross += g
    subtotal += net
    for v in (g, net, net_unit, net / 3, net / 12, net / 36, net_unit / 3):
        derived += money(round(v, 2))
subtotal = round(subtotal, 2)
derived += money(subtotal) + money(round(gross, 2)) + money(round(gross - subtotal, 2))
for pct in (10, 30, 60, 70, 20):
    derived += money(round(subtotal * pct / 100, 2))
texts["quote"] = norm(json.dumps(q, ensure_ascii=False) + "\n" + "\n".join(derived))
print(f"quote subtotal before VAT: {subtotal:,.2f} (gross {gross:,.2f}, discounts {gross - subtotal:,.2f})")

# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(x["expect"] for x in qs)
if len(qs) != 40:
    errors.append(f"{len(qs)} questions, need 40")
if kinds != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"expect counts {dict(kinds)}")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")
foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(foreign) != 10:
    errors.append(f"{len(foreign)} non-English questions, need 10")
if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions not spread across answer/clarify/handoff")
print("languages:", dict(Counter(x.get("language", "en") for x in qs)))
print("expect:", dict(kinds))
single = 0
for x in qs:
    if x["expect"] != "answer":
        if x.get("sources") or x.get("facts"):
            errors.append(f"{x['id']}: non-answer with sources/facts")
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    single += len(x["sources"]) == 1
    for s in x["sources"]:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
            errors.append(f"{x['id']}: fact {f!r} not in {x['sources']}")
print(f"answer questions with a single source: {single}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")

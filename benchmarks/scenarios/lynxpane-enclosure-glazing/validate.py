"""Check the lynxpane-enclosure-glazing scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf).

Checks: scenario.json shape, 5-9 line items, every source exists, 40 questions split 22 answer / 5 clarify /
13 handoff, 10 non-English questions spread over the three kinds, and every answer fact appears
(case-insensitively) in at least one of the sources the question names. The quote's text includes its fields plus
the figures a quote page shows: discounted unit prices, line totals, subtotal, VAT at 20% and total.
"""
import html as htmlmod
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


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def money(x):
    return f"{x:,.2f}"


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        raw = path.read_text(encoding="utf-8")
        raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S)
        return htmlmod.unescape(re.sub(r"<[^>]+>", " ", raw))
    return path.read_text(encoding="utf-8")


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        subtotal += line
        parts.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {money(li["unit_price"])} '
                     f'discount {li["discount_percent"]}% net unit {money(unit)} line total {money(line)}')
    vat = round(subtotal * 0.20, 2)
    parts.append(f"subtotal {money(subtotal)} VAT {money(vat)} total {money(subtotal + vat)}")
    return "\n".join(parts), subtotal


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for key in ("name", "description", "agent", "users", "quote", "sources"):
    if key not in sc:
        errors.append(f"scenario.json lacks {key}")
q = sc["quote"]
if not 5 <= len(q["line_items"]) <= 9:
    errors.append(f"{len(q['line_items'])} line items, want 5-9")
if not 2 <= len(sc["users"]) <= 3:
    errors.append("want 2-3 users")
if q["owner"] not in {u["email"] for u in sc["users"]}:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")

texts = {}
types = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    texts[p.name] = norm(text_of(p))
    types.add(p.suffix.lower())
qt, subtotal = quote_text(q)
texts["quote"] = norm(qt)
for ext in (".docx", ".pdf", ".xlsx"):
    if ext not in types:
        errors.append(f"no {ext} source")
if not types & {".md", ".html"}:
    errors.append("no Markdown or HTML source")
wb = load_workbook(next(HERE.glob("knowledge/*.xlsx")))
if len(wb.worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

questions = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
if len(questions) != 40:
    errors.append(f"{len(questions)} questions, want 40")
kinds = Counter(x["expect"] for x in questions)
if kinds != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"expect counts {dict(kinds)}")
ids = [x["id"] for x in questions]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
foreign = [x for x in questions if x.get("language", "en") != "en"]
if len(foreign) != 10:
    errors.append(f"{len(foreign)} non-English questions, want 10")
if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions not spread over answer/clarify/handoff")

for x in questions:
    if x["expect"] != "answer":
        continue
    srcs, facts = x.get("sources") or [], x.get("facts") or []
    if not srcs or not 1 <= len(facts) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
    for s in srcs:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in facts:
        if not any(norm(f) in texts.get(s, "") for s in srcs):
            errors.append(f"{x['id']}: fact {f!r} not found in {srcs}")

print(f"questions: {len(questions)} {dict(kinds)}; non-English: {len(foreign)} "
      f"{dict(Counter(x['language'] for x in foreign))}")
print(f"quote subtotal {money(subtotal)}, total incl. VAT {money(subtotal * 1.2)}")
if errors:
    print("FAILED:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

"""Validate the carillard-bell-restoration scenario.

Checks: scenario.json shape, the sources exist, 40 questions with 22 answer / 5 clarify / 13 handoff, 10 non-English,
and that every fact of every `answer` question appears (case-insensitively, whitespace-normalised) in at least one of
its named sources. The source `quote` is the quote JSON plus figures derived from it by plain arithmetic (discounted
unit prices, line totals, subtotal, VAT at 20%, total, and the stage payments on the restoration works, i.e. all lines
except the maintenance plan, as stated in the quote terms).

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

sys.path.append("/tmp/rl")
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        wb = load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if ext in ("md", "html", "htm", "txt"):
        return open(path, encoding="utf-8").read()
    raise ValueError(path)


def money(x):
    x = Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return [f"{x:,.2f}", f"{x:.2f}"]


sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = sc["quote"]
for k in ("number", "title", "owner", "buyer_company", "buyer_contacts", "currency", "created_on", "expires_on",
          "line_items", "terms", "notes"):
    if k not in q:
        errors.append(f"quote missing {k}")
if not (5 <= len(q["line_items"]) <= 9):
    errors.append("quote must have 5-9 line items")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
emails = {u["email"] for u in sc["users"]}
if not (2 <= len(sc["users"]) <= 3):
    errors.append("2-3 users expected")
if q["owner"] not in emails:
    errors.append("quote owner is not a user")

# derived quote figures
derived = []
subtotal = Decimal(0)
works = Decimal(0)
for li in q["line_items"]:
    unit = Decimal(str(li["unit_price"])) * (1 - Decimal(str(li["discount_percent"])) / 100)
    line = unit * Decimal(str(li["quantity"]))
    derived += money(unit) + money(line) + money(li["unit_price"])
    subtotal += line
    if not li["sku"].startswith("CBR-MNT"):
        works += line
vat = subtotal * Decimal("0.20")
derived += money(subtotal) + money(vat) + money(subtotal + vat) + money(works)
for pct in (30, 40, 30):
    derived += money(works * pct / 100)
quote_text = json.dumps(sc["quote"], ensure_ascii=False) + "\n" + "\n".join(derived)
print(f"quote: subtotal {money(subtotal)[0]}, VAT {money(vat)[0]}, total {money(subtotal + vat)[0]}, "
      f"works {money(works)[0]}, deposit 30% {money(works * Decimal('0.3'))[0]}")

texts = {"quote": norm(quote_text)}
types = Counter()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        errors.append(f"missing source {s['path']}")
        continue
    t = text_of(p)
    if len(t) < 1500:
        errors.append(f"source too short: {s['path']} ({len(t)} chars)")
    texts[os.path.basename(p)] = norm(t)
    types[s["type"] + ":" + p.rsplit(".", 1)[-1]] += 1
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append("kb_article needs a title")
if len(types) != 4:
    errors.append(f"expected four source types, got {dict(types)}")
wb = load_workbook(os.path.join(HERE, "knowledge/Carillard-Price-List-2026-27.xlsx"))
if len(wb.worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
cnt = Counter(x["expect"] for x in qs)
langs = Counter(x.get("language", "en") for x in qs)
nonen = [x for x in qs if x.get("language", "en") != "en"]
if len(qs) != 40:
    errors.append(f"expected 40 questions, got {len(qs)}")
if cnt != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"bad expect counts {dict(cnt)}")
if len(nonen) != 10:
    errors.append(f"expected 10 non-English questions, got {len(nonen)}")
if len({x['expect'] for x in nonen}) != 3:
    errors.append("non-English questions must be spread over answer/clarify/handoff")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")
for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not (1 <= len(x.get("facts", [])) <= 3):
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        where = [s for s in x["sources"] if s in texts and norm(f) in texts[s]]
        if not where:
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"questions: {len(qs)} {dict(cnt)}; languages {dict(langs)}; sources {dict(types)}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all answer facts found in their named sources")

"""Check the gondelia-cabin-refurbishment scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf).

Checks: scenario.json shape and counts; 40 questions (22 answer / 5 clarify / 13 handoff, 10 non-English with a
language code, spread over all three kinds); every answer fact appears (case-insensitively) in one of the sources
the question names, where `quote` means the quote's JSON text plus the figures derived from it by arithmetic
(discounted unit prices, line totals, grand total, VAT, deposit, savings) and a price-sheet source also offers its
per-fleet yearly service-plan figures.
"""
import json
import sys
from collections import Counter
from pathlib import Path

import docx
import openpyxl
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
errors = []


def money(x):
    return [f"{x:,.2f}", f"{x:,.0f}"] if abs(x - round(x)) < 1e-9 else [f"{x:,.2f}"]


def text_of(path: Path) -> str:
    s = path.suffix.lower()
    if s == ".docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if s == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if s == ".xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if s in (".md", ".html", ".htm", ".txt"):
        return path.read_text(encoding="utf-8")
    raise ValueError(f"unsupported source type {path}")


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
quote = sc["quote"]
users = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3:
    errors.append("need 2-3 users")
if quote["owner"] not in users:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in quote["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if not 5 <= len(quote["line_items"]) <= 9:
    errors.append("need 5-9 line items")
if not any(li["discount_percent"] for li in quote["line_items"]):
    errors.append("no discounts")

# sources
texts = {}
types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    texts[p.name] = text_of(p).lower()
    types[p.suffix.lower()] += 1
for ext in (".docx", ".pdf", ".xlsx"):
    if types[ext] != 1:
        errors.append(f"need exactly one {ext} source")
if not (types[".md"] or types[".html"]):
    errors.append("need a Markdown or HTML source")
xlsx_name = next(n for n in texts if n.endswith(".xlsx"))
wb = openpyxl.load_workbook(HERE / "knowledge" / xlsx_name)
if len(wb.worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

# quote text plus arithmetic
derived = []
subtotal = savings = 0.0
for li in quote["line_items"]:
    unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
    line = round(unit * li["quantity"], 2)
    subtotal += line
    savings += li["unit_price"] * li["quantity"] - line
    derived += money(round(unit, 2)) + money(line)
derived += money(round(subtotal, 2)) + money(round(savings, 2))
derived += money(round(subtotal * 0.20, 2)) + money(round(subtotal * 1.20, 2))   # VAT 20% per terms
for share in (0.30, 0.40):                                                        # payment milestones per terms
    derived += money(round(subtotal * share, 2))
texts["quote"] = (json.dumps(quote, ensure_ascii=False) + "\n" + "\n".join(derived)).lower()

# xlsx-derived: yearly service plan cost for the quoted fleet
fleet = next(li["quantity"] for li in quote["line_items"] if li["sku"] == "CR-8G-FULL")
extra = []
for row in wb["Price list 2026"].iter_rows(values_only=True):
    if row and row[0] in ("CC-BASIC", "CC-PLUS"):
        extra += money(row[3] * fleet)
texts[xlsx_name] += "\n" + "\n".join(extra).lower()

# questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(q["expect"] for q in qs)
if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"counts wrong: {len(qs)} {dict(kinds)}")
if len({q["id"] for q in qs}) != len(qs):
    errors.append("duplicate ids")
foreign = [q for q in qs if q.get("language")]
if len(foreign) != 10:
    errors.append(f"need 10 non-English questions, have {len(foreign)}")
if {q["expect"] for q in foreign} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions must be spread over answer/clarify/handoff")
for q in qs:
    if q["expect"] != "answer":
        continue
    if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
        errors.append(f"{q['id']}: needs sources and 1-3 facts")
        continue
    for src in q["sources"]:
        if src not in texts:
            errors.append(f"{q['id']}: unknown source {src}")
    for f in q["facts"]:
        if not any(f.lower() in texts.get(src, "") for src in q["sources"]):
            errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")

print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} "
      f"{dict(Counter(q['language'] for q in foreign))}; sources: {sorted(t for t in texts if t != 'quote')}")
print(f"quote subtotal before VAT: {subtotal:,.2f} {quote['currency']}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

"""Validate the frictora-runway-rubber-removal scenario.

Checks: scenario.json shape, source files exist, 40 questions with 22 answer / 5 clarify / 13 handoff,
10 non-English questions spread over the three kinds, unique ids, and that every fact of every `answer`
question appears (case-insensitive, whitespace-normalised) in at least one of its named sources. For the
source `quote`, a fact may also be a figure derived from the quote (line totals, discounted unit prices,
subtotal, per-year amount of a multi-year line), formatted as 1,234.56 / 1,234 / 0.798.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf)
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


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.extend(str(v) for v in row if v is not None)
        return "\n".join(parts)
    if ext in (".md", ".html", ".htm", ".txt"):
        raw = path.read_text(encoding="utf-8")
        if ext in (".html", ".htm"):
            raw = re.sub(r"<[^>]+>", " ", raw)
        return raw
    raise ValueError(f"unsupported source type: {path}")


def fmt_variants(x):
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        out |= {f"{round(x):,}", str(round(x))}
    out.add(f"{x:,.4f}".rstrip("0").rstrip("."))
    return out


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
    errors.append("quote: need 5-9 line items")
if not any(li["discount_percent"] for li in q["line_items"]):
    errors.append("quote: no discounts")

# quote text and derived figures
quote_text = norm(json.dumps(q, ensure_ascii=False))
derived = set()
subtotal = 0.0
for li in q["line_items"]:
    unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
    line = li["quantity"] * unit
    subtotal += line
    derived |= fmt_variants(unit) | fmt_variants(line)
    if li["quantity"] > 1:
        derived |= fmt_variants(line / li["quantity"])
    derived |= fmt_variants(li["quantity"] * li["unit_price"])
derived |= fmt_variants(subtotal)
derived = {norm(d) for d in derived}

# sources
texts = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append(f"kb_article without title: {s['path']}")
    texts[p.name] = norm(text_of(p))
types = {Path(s["path"]).suffix.lower() for s in sc["sources"]}
for needed in (".docx", ".pdf", ".xlsx"):
    if needed not in types:
        errors.append(f"no {needed} source")
if not ({".md", ".html"} & types):
    errors.append("no .md or .html source")
xlsx = [HERE / s["path"] for s in sc["sources"] if s["path"].endswith(".xlsx")]
for x in xlsx:
    if len(load_workbook(x).worksheets) < 2:
        errors.append(f"{x.name}: needs 2+ sheets")

# questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(x["expect"] for x in qs)
if len(qs) != 40:
    errors.append(f"{len(qs)} questions, need 40")
if (kinds["answer"], kinds["clarify"], kinds["handoff"]) != (22, 5, 13):
    errors.append(f"kinds {dict(kinds)}, need 22/5/13")
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
non_en = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(non_en) != 10:
    errors.append(f"{len(non_en)} non-English questions, need 10")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions not spread over answer/clarify/handoff")

fact_checks = 0
for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for src in x["sources"]:
        if src != "quote" and src not in texts:
            errors.append(f"{x['id']}: unknown source {src}")
    for fact in x["facts"]:
        f = norm(fact)
        found = []
        for src in x["sources"]:
            if src == "quote":
                if f in quote_text or f in derived:
                    found.append(src)
            elif f in texts.get(src, ""):
                found.append(src)
        fact_checks += 1
        if not found:
            errors.append(f"{x['id']}: fact {fact!r} not found in {x['sources']}")

print(f"scenario: {sc['name']}")
print(f"sources: {len(texts)} ({', '.join(sorted(texts))})")
print(f"quote: {len(q['line_items'])} line items, subtotal before VAT {subtotal:,.2f} {q['currency']}")
print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(non_en)} {dict(Counter(x['language'] for x in non_en))}")
print(f"facts checked: {fact_checks}")
if errors:
    print("FAILED:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")

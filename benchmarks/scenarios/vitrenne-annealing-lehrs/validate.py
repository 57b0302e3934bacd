"""Validate the vitrenne-annealing-lehrs scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf)

Checks: scenario.json shape, sources exist and have text, 40 questions with 22/5/13 expectations and 10
non-English, every answer fact appears (case-insensitive) in one of its named sources or, for `quote`, in the quote
text or a figure derived from it (line totals, discounted unit prices, per-year price, total before tax).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).lower()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(str(path), data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" ".join(str(v) for v in row if v is not None))
        return "\n".join(out)
    if ext in (".md", ".html", ".htm", ".txt"):
        return path.read_text(encoding="utf-8")
    raise ValueError(f"unsupported source type: {path}")


def money(x):
    s = [f"{x:,.2f}", f"{x:.2f}"]
    if abs(x - round(x)) < 1e-9:
        s += [f"{x:,.0f}", f"{x:.0f}"]
    return s


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for key in ("name", "description", "agent", "users", "quote", "sources"):
    if key not in sc:
        errors.append(f"scenario.json lacks {key}")
q = sc["quote"]
emails = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3:
    errors.append("need 2-3 users")
if q["owner"] not in emails:
    errors.append("quote owner is not a user")
if not all(isinstance(e, str) and "@" in e for e in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("need 5-9 line items")
ha = sc["agent"]["handoff"]["assign_to"]
if not (ha == "quote_owner" or (isinstance(ha, dict) and ha.get("teams"))):
    errors.append("bad handoff.assign_to")

# quote text plus derived figures
quote_parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
total = 0.0
for li in q["line_items"]:
    unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
    line = round(li["quantity"] * unit, 2)
    total += line
    quote_parts += money(li["unit_price"]) + money(round(unit, 2)) + money(line)
    if li["sku"].endswith("-Y"):
        quote_parts += money(round(unit, 2))  # per-year figure
quote_parts += money(round(total, 2))
texts = {"quote": norm("\n".join(quote_parts))}

types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    t = text_of(p)
    if len(t) < 1500:
        errors.append(f"source too short: {s['path']} ({len(t)} chars)")
    texts[p.name] = norm(t)
    types[p.suffix.lower() if s["type"] != "kb_article" else "kb_article"] += 1
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append("kb_article without title")
for need in (".docx", ".pdf", ".xlsx"):
    if not types[need]:
        errors.append(f"no {need} source")
if not (types["kb_article"] or types[".html"]):
    errors.append("no kb_article or html source")

# xlsx: title row and 2+ sheets
from openpyxl import load_workbook
for s in sc["sources"]:
    if s["path"].endswith(".xlsx"):
        wb = load_workbook(str(HERE / s["path"]))
        if len(wb.worksheets) < 2:
            errors.append("xlsx needs 2+ sheets")

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
exp = Counter(x["expect"] for x in qs)
if len(qs) != 40 or exp != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"counts wrong: {len(qs)} {dict(exp)}")
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
non_en = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(non_en) != 10:
    errors.append(f"need 10 non-English questions, have {len(non_en)}")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions not spread over all expectations")

checked = 0
for x in qs:
    if x["expect"] != "answer":
        if x.get("facts") or x.get("sources"):
            errors.append(f"{x['id']}: non-answer with facts/sources")
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for src in x["sources"]:
        if src not in texts:
            errors.append(f"{x['id']}: unknown source {src}")
    for f in x["facts"]:
        checked += 1
        if not any(norm(f) in texts.get(src, "") for src in x["sources"]):
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"sources: {', '.join(sorted(k for k in texts if k != 'quote'))}")
print(f"questions: {len(qs)} {dict(exp)}; non-English: {len(non_en)} {dict(Counter(x['language'] for x in non_en))}")
print(f"facts checked: {checked}; quote total before tax: {total:,.2f} {q['currency']}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

"""Check the podiavel-orchestra-pit-lifts scenario: counts, languages, and that every answer fact appears
(case-insensitively) in one of the sources it names, or in the quote (including figures derived from it by
simple arithmetic: discounted unit prices, line totals, subtotal, payment instalments, VAT).

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf is needed for the PDF)
"""
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
scen = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        parts.append(f"{v:,}" if float(v).is_integer() else f"{v:,.2f}")
                    parts.append(str(v))
        return "\n".join(parts)
    if ext in (".md", ".html", ".htm", ".txt"):
        t = path.read_text(encoding="utf-8")
        if ext != ".md":
            t = re.sub(r"<[^>]+>", " ", t)
        return t
    raise ValueError(f"unknown source type {path}")


def fmt(x):
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        out |= {f"{round(x):,}", str(round(x))}
    return out


def quote_text(q) -> str:
    parts = [json.dumps(q, ensure_ascii=False)]
    figs = set()
    subtotal = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        subtotal += line
        figs |= fmt(li["unit_price"]) | fmt(unit) | fmt(line) | fmt(li["quantity"])
    figs |= fmt(subtotal)
    for pct in (30, 50, 20, 19):
        figs |= fmt(round(subtotal * pct / 100, 2))
    figs |= fmt(round(subtotal * 1.19, 2))
    parts.extend(sorted(figs))
    return "\n".join(parts)


# sources
texts = {"quote": norm(quote_text(scen["quote"]))}
for s in scen["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    texts[p.name] = norm(text_of(p))
if len([s for s in scen["sources"]]) < 4:
    errors.append("fewer than 4 sources")
types = {Path(s["path"]).suffix.lower() for s in scen["sources"]}
for need in (".docx", ".pdf", ".xlsx"):
    if need not in types:
        errors.append(f"no {need} source")
if not ({".md", ".html"} & types):
    errors.append("no markdown or html source")

# scenario shape
q = scen["quote"]
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote must have 5-9 line items")
if not 2 <= len(scen["users"]) <= 3:
    errors.append("2-3 users expected")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if q["owner"] not in {u["email"] for u in scen["users"]}:
    errors.append("quote owner is not a user")

# questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
exp = Counter(x["expect"] for x in qs)
if len(qs) != 40:
    errors.append(f"{len(qs)} questions, expected 40")
for k, n in (("answer", 22), ("clarify", 5), ("handoff", 13)):
    if exp[k] != n:
        errors.append(f"{exp[k]} {k} questions, expected {n}")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    errors.append(f"{len(non_en)} non-English questions, expected 10")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions must be spread over all three kinds")
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")

for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for src in x["sources"]:
        if src not in texts:
            errors.append(f"{x['id']}: unknown source {src}")
    for f in x["facts"]:
        if not any(norm(f) in texts.get(src, "") for src in x["sources"]):
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"questions: {len(qs)} {dict(exp)}; non-English: {len(non_en)} "
      f"{dict(Counter(x['language'] for x in non_en))}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")

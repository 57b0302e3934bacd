"""Validate the tempravel-clock-restoration scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(python-docx and openpyxl from the venv, pypdf from the scratch folder).
Checks counts from the brief and that every answer fact appears (case-insensitively, whitespace-normalised)
in one of the sources the question names, or in the quote (including figures derived from it: line totals,
discounted unit prices, subtotal, VAT and total including VAT).
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


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        if len(wb.sheetnames) < 2:
            errors.append(f"{path.name}: fewer than 2 sheets")
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if ext in (".md", ".html", ".htm", ".txt"):
        t = path.read_text(encoding="utf-8")
        if ext in (".html", ".htm"):
            t = re.sub(r"<[^>]+>", " ", t)
        return t
    raise ValueError(f"unsupported source type {path}")


def money(x):
    return [f"{x:,.2f}", f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}", f"{x:.2f}"]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"]
        net_unit = unit * (1 - li["discount_percent"] / 100)
        line = net_unit * li["quantity"]
        subtotal += line
        parts += money(unit) + money(net_unit) + money(line) + money(unit * li["quantity"])
    parts += money(subtotal)
    m = re.search(r"VAT at (\d+(?:\.\d+)?)%", q["terms"])
    if m:
        rate = float(m.group(1)) / 100
        parts += money(subtotal * rate) + money(subtotal * (1 + rate))
    return "\n".join(parts), subtotal


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]
n_items = len(q["line_items"])
if not 5 <= n_items <= 9:
    errors.append(f"quote has {n_items} line items (want 5-9)")
if not 2 <= len(sc["users"]) <= 3:
    errors.append("want 2-3 users")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if q["owner"] not in {u["email"] for u in sc["users"]}:
    errors.append("quote owner is not a user")

texts = {}
types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    texts[p.name] = norm(text_of(p))
    types[s["type"] if s["type"] != "file" else p.suffix.lower()] += 1
if len(types) < 4:
    errors.append(f"want four source types, got {dict(types)}")
qt, subtotal = quote_text(q)
texts["quote"] = norm(qt)

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
exp = Counter(x["expect"] for x in qs)
if len(qs) != 40:
    errors.append(f"{len(qs)} questions (want 40)")
if exp != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"expect counts {dict(exp)} (want 22/5/13)")
foreign = [x for x in qs if x.get("language")]
if len(foreign) != 10:
    errors.append(f"{len(foreign)} non-English questions (want 10)")
if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions must be spread over answer/clarify/handoff")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")

for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not x.get("facts") or len(x["facts"]) > 3:
        errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"line items {n_items}, subtotal {subtotal:,.2f}, questions {len(qs)} {dict(exp)}, "
      f"non-English {len(foreign)} {dict(Counter(x['language'] for x in foreign))}, source types {dict(types)}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

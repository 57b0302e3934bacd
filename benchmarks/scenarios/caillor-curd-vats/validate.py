"""Validate the caillor-curd-vats scenario.

Run with:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf).

Checks: scenario.json shape (2-3 users, 5-9 line items, four sources in four types), 40 questions with
22 answer / 5 clarify / 13 handoff, 10 non-English questions spread over all three kinds, and that every fact of
every `answer` question appears (case-insensitive, whitespace-normalised) in at least one of its named sources.
The quote is rendered as text the way a quote page shows it: line items with discounted unit prices and line
totals, plus the total before tax, so arithmetic facts (e.g. a discounted unit price) can be checked against it.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def money(x):
    return f"{x:,.2f}"


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    if len(wb.sheetnames) < 2:
        errors.append(f"{p.name}: needs 2+ sheets")
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def text_file(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext in (".md", ".html", ".htm", ".txt"):
        t = p.read_text(encoding="utf-8")
        return re.sub(r"<[^>]+>", " ", t) if ext.startswith(".htm") else t
    raise ValueError(f"unsupported source type {p}")


def text_quote(q):
    lines = [q["number"], q["title"], q["buyer_company"], q["currency"]]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        total += line
        lines.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {money(li["unit_price"])} '
                     f'discount {li["discount_percent"]}% discounted unit {money(unit)} line total {money(line)}')
    lines.append(f"total before tax {money(total)}")
    lines += [q["terms"], q["notes"]]
    return "\n".join(lines), total


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]
if not 2 <= len(sc["users"]) <= 3:
    errors.append("users: need 2-3")
if q["owner"] not in {u["email"] for u in sc["users"]}:
    errors.append("quote owner is not a user")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("line_items: need 5-9")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    errors.append("buyer_contacts must be a list of e-mail strings")
if not any(li["discount_percent"] for li in q["line_items"]):
    errors.append("no discounts in quote")

texts = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    texts[p.name] = norm(text_file(p))
exts = sorted(Path(s["path"]).suffix for s in sc["sources"])
if len(set(exts)) != 4 or len(sc["sources"]) != 4:
    errors.append(f"need four sources in four types, got {exts}")
qt, total = text_quote(q)
texts["quote"] = norm(qt)

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(x["expect"] for x in qs)
langs = Counter(x.get("language", "en") for x in qs)
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(qs) != 40:
    errors.append(f"need 40 questions, got {len(qs)}")
if kinds != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
    errors.append(f"bad expect counts {dict(kinds)}")
if len(non_en) != 10:
    errors.append(f"need 10 non-English questions, got {len(non_en)}")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions must cover answer, clarify and handoff")
if not set(langs) - {"en"} <= {"fr", "de", "es", "pt", "it", "nl"}:
    errors.append(f"unexpected languages {langs}")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")

n_facts = 0
for x in qs:
    if x["expect"] != "answer":
        if x.get("facts") or x.get("sources"):
            errors.append(f'{x["id"]}: only answer questions carry sources/facts')
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f'{x["id"]}: answer needs sources and 1-3 facts')
        continue
    for s in x["sources"]:
        if s not in texts:
            errors.append(f'{x["id"]}: unknown source {s}')
    for f in x["facts"]:
        n_facts += 1
        where = [s for s in x["sources"] if norm(f) in texts.get(s, "")]
        if not where:
            errors.append(f'{x["id"]}: fact {f!r} not found in {x["sources"]}')

print(f"quote {q['number']}: {len(q['line_items'])} line items, total before tax {q['currency']} {money(total)}")
print(f"sources: {', '.join(k for k in texts if k != 'quote')}")
print(f"questions: {len(qs)} {dict(kinds)}; languages {dict(langs)}; non-English by kind "
      f"{dict(Counter(x['expect'] for x in non_en))}; answer facts checked: {n_facts}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

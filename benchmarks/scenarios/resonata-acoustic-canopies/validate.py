"""Validate the resonata-acoustic-canopies scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Needs python-docx, openpyxl and pypdf (or pdfminer.six / pdftotext as fallbacks).
Checks the counts the brief asks for and that every `answer` fact appears (case-insensitively) in at least one
of the sources the question names. For `quote`, the text is the quote's fields plus the figures derived from
them (discounted unit prices, line totals, grand total before tax) in the usual formats.
"""
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u2019", "'")).lower()


def fmt_num(v):
    out = {str(v)}
    if isinstance(v, (int, float)):
        out |= {f"{v:,.2f}", f"{v:.2f}", f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"}
        if float(v).is_integer():
            out |= {str(int(v)), f"{int(v):,}"}
    return " ".join(sorted(out))


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    except ImportError:
        pass
    try:
        from pdfminer.high_level import extract_text
        return extract_text(str(p))
    except ImportError:
        return subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.extend(fmt_num(v) for v in row if v is not None)
    return "\n".join(parts), len(wb.worksheets)


def html_text(p):
    return re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8"))


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        total += line
        parts += [fmt_num(li["quantity"]), fmt_num(li["unit_price"]), fmt_num(round(unit, 2)), fmt_num(line)]
    parts.append(fmt_num(round(total, 2)))
    return "\n".join(parts), round(total, 2)


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]
texts = {}
types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    ext = p.suffix.lower()
    if s["type"] == "kb_article":
        texts[p.name] = p.read_text(encoding="utf-8")
        types["kb_article"] += 1
    elif ext == ".docx":
        texts[p.name] = docx_text(p)
        types["docx"] += 1
    elif ext == ".pdf":
        texts[p.name] = pdf_text(p)
        types["pdf"] += 1
    elif ext == ".xlsx":
        texts[p.name], nsheets = xlsx_text(p)
        types["xlsx"] += 1
        if nsheets < 2:
            errors.append("xlsx needs 2+ sheets")
    elif ext in (".html", ".htm"):
        texts[p.name] = html_text(p)
        types["html"] += 1
    else:
        errors.append(f"unknown source type {p}")
texts["quote"], grand_total = quote_text(q)
texts = {k: norm(v) for k, v in texts.items()}

for need in ("docx", "pdf", "xlsx"):
    if types[need] != 1:
        errors.append(f"expected one {need} source, got {types[need]}")
if types["kb_article"] + types["html"] < 1:
    errors.append("need a kb_article and/or html source")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote needs 5-9 line items")
if not 2 <= len(sc["users"]) <= 3:
    errors.append("need 2-3 users")
emails = {u["email"] for u in sc["users"]}
if q["owner"] not in emails:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(x["expect"] for x in qs)
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40:
    errors.append(f"expected 40 questions, got {len(qs)}")
for k, n in want.items():
    if kinds[k] != n:
        errors.append(f"expected {n} {k}, got {kinds[k]}")
if len({x['id'] for x in qs}) != len(qs):
    errors.append("duplicate ids")
non_en = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(non_en) != 10:
    errors.append(f"expected 10 non-English questions, got {len(non_en)}")
if {x["expect"] for x in non_en} != set(want):
    errors.append("non-English questions must be spread across answer/clarify/handoff")
langs = Counter(x["language"] for x in non_en)

for x in qs:
    if x["expect"] != "answer":
        if x.get("facts") or x.get("sources"):
            errors.append(f"{x['id']}: only answers carry sources/facts")
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"grand total before tax: {grand_total:,.2f} {q['currency']}")
print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(non_en)} {dict(langs)}")
print(f"sources: {dict(types)}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

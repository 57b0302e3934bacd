"""Validate the cocovire-tempering-machines scenario.

Checks: scenario.json shape, sources exist, 40 questions with 22 answer / 5 clarify / 13 handoff,
10 non-English spread over all three kinds, and every answer fact found (case-insensitive) in one of the
sources it names. For `quote`, the searchable text is the quote JSON plus the figures derived from it
(discounted unit prices, line totals, sums of two lines, total before VAT, VAT, payment instalments).

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
"""
import json
import sys
import zipfile
from collections import Counter
from pathlib import Path

sys.path.append("/tmp/rl")  # pypdf may live in a scratch folder
HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return " ".join(s.replace("\u00a0", " ").replace("\u202f", " ").split()).lower()


def text_docx(p):
    import docx
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts += [str(v) for v in row if v is not None]
    return "\n".join(parts)


def text_html(p):
    import re, html
    return html.unescape(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8")))


def extract(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext in (".html", ".htm"):
        return text_html(p)
    return p.read_text(encoding="utf-8")


def money(x):
    return [f"{x:,.2f}", f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}", f"{x:.2f}"]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    lines = []
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        total += line
        lines.append(line)
        parts += money(unit) + money(line)
    for i in range(len(lines)):  # combined net totals of any two lines
        for j in range(i + 1, len(lines)):
            parts += money(lines[i] + lines[j])
    vat = round(total * 0.21, 2)
    parts += money(total) + money(vat) + money(total + vat)
    for share in (0.30, 0.60, 0.10):
        parts += money(round(total * share, 2))
    return "\n".join(parts), total


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for key in ("name", "description", "agent", "users", "quote", "sources"):
    if key not in sc:
        errors.append(f"scenario.json: missing {key}")
users = {u["email"] for u in sc["users"]}
if not 2 <= len(users) <= 3:
    errors.append("scenario.json: expected 2-3 users")
q = sc["quote"]
if q["owner"] not in users:
    errors.append("quote.owner is not a user")
if not all(isinstance(c, str) for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote must have 5-9 line items")
if not any(li["discount_percent"] for li in q["line_items"]):
    errors.append("quote has no discounts")

texts = {}
types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    types[p.suffix.lower()] += 1
    texts[p.name] = norm(extract(p))
    if len(texts[p.name]) < 1500:
        errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
qt, total = quote_text(q)
texts["quote"] = norm(qt)
for need in (".docx", ".pdf", ".xlsx"):
    if not types[need]:
        errors.append(f"no {need} source")
if not (types[".md"] or types[".html"]):
    errors.append("no Markdown or HTML source")

questions = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(x["expect"] for x in questions)
if len(questions) != 40:
    errors.append(f"expected 40 questions, got {len(questions)}")
if dict(kinds) != {"answer": 22, "clarify": 5, "handoff": 13}:
    errors.append(f"wrong mix: {dict(kinds)}")
ids = [x["id"] for x in questions]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
foreign = [x for x in questions if x.get("language", "en") != "en"]
if len(foreign) != 10:
    errors.append(f"expected 10 non-English questions, got {len(foreign)}")
if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions not spread over answer/clarify/handoff")
langs = Counter(x["language"] for x in foreign)
for x in questions:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for src in x["sources"]:
        if src not in texts:
            errors.append(f"{x['id']}: unknown source {src}")
    for fact in x["facts"]:
        if not any(norm(fact) in texts.get(src, "") for src in x["sources"]):
            errors.append(f"{x['id']}: fact {fact!r} not found in {x['sources']}")

print(f"sources: {sorted(texts)}")
print(f"quote total before VAT: {total:,.2f} {q['currency']}")
print(f"questions: {len(questions)} {dict(kinds)}; non-English: {len(foreign)} {dict(langs)} "
      f"by kind {dict(Counter(x['expect'] for x in foreign))}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all answer facts found in their named sources")

"""Check the kinoptra-cinema-projection scenario: counts, languages, sources, and that every answer fact
appears (case-insensitively) in one of the named sources or in the quote.

For the quote, the text searched is scenario.json's quote plus the figures derived from it by plain arithmetic
(discounted unit prices, line totals, the total before VAT, VAT and total with VAT, the per-year service-plan
figure and the amount due on order), written with thousands separators, so that arithmetic questions can be
checked. Run: python validate.py  (needs python-docx, openpyxl and pypdf; pypdf may live in /tmp/rlpkg).
"""
import json
import os
import sys
from pathlib import Path

sys.path.append(os.environ.get("REPORTLAB_PATH", "/tmp/rlpkg"))

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def pdf_text(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts), wb


def html_text(p):
    import html
    import re
    raw = p.read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def money(x):
    s = f"{x:,.2f}"
    return [s, s[:-3] if s.endswith(".00") else s]


scn = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
quote = scn["quote"]

# --- scenario shape
if not 2 <= len(scn["users"]) <= 3:
    err("users must be 2-3")
emails = {u["email"] for u in scn["users"]}
if quote["owner"] not in emails:
    err("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in quote["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")
items = quote["line_items"]
if not 5 <= len(items) <= 9:
    err("quote must have 5-9 line items")
if not any(i["discount_percent"] for i in items):
    err("no discounts in quote")

# --- sources
texts = {}
types = set()
sheet_count = 0
for s in scn["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {p}")
        continue
    ext = p.suffix.lower()
    if ext == ".docx":
        t = docx_text(p)
    elif ext == ".pdf":
        t = pdf_text(p)
    elif ext == ".xlsx":
        t, wb = xlsx_text(p)
        sheet_count = len(wb.worksheets)
        title = wb.worksheets[0].cell(1, 1).value
        if not title:
            err("xlsx has no title row")
    elif ext in (".md", ".markdown"):
        t = p.read_text(encoding="utf-8")
    elif ext in (".html", ".htm"):
        t = html_text(p)
    else:
        err(f"unknown source type {p}")
        continue
    if len(t) < 1500:
        err(f"source {p.name} looks too short ({len(t)} chars)")
    texts[p.name] = t
    types.add(ext)
    if s["type"] == "kb_article" and not s.get("title"):
        err("kb_article needs a title")
if not {".docx", ".pdf", ".xlsx"} <= types or not ({".md", ".html"} & types):
    err(f"need docx, pdf, xlsx and md/html sources; got {sorted(types)}")
if sheet_count < 2:
    err("xlsx needs 2+ sheets")

# --- quote text with derived arithmetic
derived = []
total = 0.0
for i in items:
    net_unit = round(i["unit_price"] * (1 - i["discount_percent"] / 100), 2)
    line = round(net_unit * i["quantity"], 2)
    total += line
    derived += money(i["unit_price"]) + money(net_unit) + money(line)
    i["_line"] = line
    i["_net_unit"] = net_unit
care = [i for i in items if i["sku"].startswith("KX-CARE")]
care_total = sum(i["_line"] for i in care)
derived += money(total) + money(total * 0.21) + money(total * 1.21)
derived += money(care_total / 5)  # 5-year plan: per-year figure
derived += money((total - care_total) * 0.30) + money((total - care_total) * 0.60) + money((total - care_total) * 0.10)
texts["quote"] = json.dumps(quote, ensure_ascii=False) + "\n" + "\n".join(derived)

# --- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
from collections import Counter
c = Counter(q["expect"] for q in qs)
if len(qs) != 40 or c != Counter(answer=22, clarify=5, handoff=13):
    err(f"counts wrong: {len(qs)} {dict(c)}")
if len({q["id"] for q in qs}) != len(qs):
    err("duplicate ids")
non_en = [q for q in qs if q.get("language") and q["language"] != "en"]
if len(non_en) != 10:
    err(f"need 10 non-English questions, have {len(non_en)}")
if {q["expect"] for q in non_en} != {"answer", "clarify", "handoff"}:
    err("non-English questions must be spread across answer/clarify/handoff")
if len({q["language"] for q in non_en}) < 5:
    err("non-English questions should mix languages")

for q in qs:
    if q["expect"] != "answer":
        continue
    if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
        err(f"{q['id']}: answer needs sources and 1-3 facts")
        continue
    for s in q["sources"]:
        if s not in texts:
            err(f"{q['id']}: unknown source {s}")
    for f in q["facts"]:
        hits = [s for s in q["sources"] if s in texts and f.lower() in texts[s].lower()]
        if not hits:
            err(f"{q['id']}: fact {f!r} not found in {q['sources']}")

print(f"{len(qs)} questions {dict(c)}, {len(non_en)} non-English, sources: {sorted(texts)}")
print(f"quote total before VAT: {total:,.2f}; service plan per year: {care_total / 5:,.2f}")
if errors:
    print("FAILED:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

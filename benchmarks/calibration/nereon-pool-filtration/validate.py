"""Validate the nereon-pool-filtration scenario.

Checks: scenario.json shape; the source files exist; questions.jsonl has 40 questions (22 answer, 5 clarify,
13 handoff), 10 non-English spread over the three kinds; every `answer` fact appears (case-insensitively) in one
of the named sources or in the quote. The quote text includes the figures a quote page shows or that follow by
plain arithmetic from it (net unit prices, line totals, total before VAT, VAT-inclusive total, first payment).
Facts that combine a price-list figure with the quote are listed in DERIVED and recomputed from the sources.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf, or reportlab's sibling pypdf, for PDFs)
"""
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
errors = []


def fmt(x):
    s = f"{x:,.2f}"
    return s[:-3] if s.endswith(".00") else s


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
    except ImportError:
        sys.exit("pypdf needed: pip install --target /tmp/rl pypdf and set PYTHONPATH=/tmp/rl")
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.extend(str(v) for v in row if v is not None)
    return "\n".join(out)


def text_of(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return docx_text(p)
    if ext == ".pdf":
        return pdf_text(p)
    if ext == ".xlsx":
        return xlsx_text(p)
    if ext in (".md", ".html", ".htm", ".txt"):
        t = p.read_text(encoding="utf-8")
        return re.sub(r"<[^>]+>", " ", t) if ext.startswith(".htm") else t
    raise ValueError(f"unknown type {p}")


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        errors.append(f"scenario.json missing {k}")
q = sc["quote"]
emails = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3:
    errors.append("need 2-3 users")
if q["owner"] not in emails:
    errors.append("quote owner is not a user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(e, str) and "@" in e for e in q["buyer_contacts"])):
    errors.append("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("need 5-9 line items")
ho = sc["agent"]["handoff"]["assign_to"]
if ho != "quote_owner" and not (isinstance(ho, dict) and ho.get("teams")):
    errors.append("bad handoff.assign_to")

# quote text with derived figures
total = 0.0
qparts = [json.dumps(q, ensure_ascii=False)]
for li in q["line_items"]:
    net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line = round(net * li["quantity"], 2)
    total += line
    qparts += [f"{li['sku']} net unit {fmt(net)} line total {fmt(line)}"]
total = round(total, 2)
vat_rate = 0.20  # stated in the quote terms
qparts += [f"total before VAT {fmt(total)}", f"VAT {fmt(total * vat_rate)}",
           f"total including VAT {fmt(total * (1 + vat_rate))}", f"first payment 30% {fmt(total * 0.30)}"]
quote_text = "\n".join(qparts)
if "20%" not in q["terms"] or "30%" not in q["terms"]:
    errors.append("terms must state VAT 20% and 30% first payment")

# sources
texts = {}
types = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    types.add(p.suffix.lower())
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append("kb_article needs a title")
    texts[p.name] = text_of(p)
if len(sc["sources"]) != 4 or len(types) != 4:
    errors.append(f"need four sources in four types, got {types}")
for name, t in texts.items():
    if len(t) < 1500:
        errors.append(f"{name} looks too short ({len(t)} chars)")
xl = texts["nereon-price-spec-list-2025.xlsx"]
from openpyxl import load_workbook
if len(load_workbook(HERE / "knowledge/nereon-price-spec-list-2025.xlsx").worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

# facts computed from a price-list figure and the quote, recomputed here
glass = float(re.search(r"NRN-MED-GL\n[^\n]+\n(\d+)", xl).group(1))
filters = next(li["quantity"] for li in q["line_items"] if li["sku"] == "NRN-MF-1800")
DERIVED = {"a09": {fmt(glass * filters)}}  # glass media upgrade per filter x filters on the quote

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
from collections import Counter
kinds = Counter(x["expect"] for x in qs)
if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"counts wrong: {len(qs)} {dict(kinds)}")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")
non_en = [x for x in qs if x.get("language")]
if len(non_en) != 10:
    errors.append(f"need 10 non-English, got {len(non_en)}")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions must cover all three kinds")
langs = {x["language"] for x in non_en}
if not langs <= {"fr", "de", "es", "pt", "it", "nl"}:
    errors.append(f"unexpected languages {langs}")

for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for f in x["facts"]:
        hay = []
        for s in x["sources"]:
            if s == "quote":
                hay.append(quote_text)
            elif s in texts:
                hay.append(texts[s])
            else:
                errors.append(f"{x['id']}: unknown source {s}")
        if not any(f.lower() in h.lower() for h in hay) and f not in DERIVED.get(x["id"], set()):
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(qs)} questions {dict(kinds)}, {len(non_en)} non-English ({sorted(langs)}), "
      f"total before VAT {fmt(total)}, sources {sorted(texts)}")

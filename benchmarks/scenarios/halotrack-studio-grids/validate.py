"""Validate the halotrack-studio-grids scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf)

Checks the structure of scenario.json, the counts in questions.jsonl, and that every fact of every `answer`
question appears (case-insensitively, whitespace-normalised) in at least one of the sources it names. The quote's
text is its JSON fields plus the figures a quote page shows: each line's discounted unit price and line total,
and the total before VAT.
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

import openpyxl
from docx import Document
from pypdf import PdfReader

HERE = Path(__file__).parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_docx(p):
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def text_xlsx(p):
    wb = openpyxl.load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def text_html(p):
    raw = Path(p).read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def money(x):
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        out |= {f"{x:,.0f}", f"{x:.0f}"}
    return out


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        parts += sorted(money(unit)) + sorted(money(line))
    parts += sorted(money(round(total, 2)))
    return "\n".join(parts), round(total, 2)


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))

# ---- scenario.json structure
q = sc["quote"]
if not 5 <= len(q["line_items"]) <= 9:
    errors.append(f"line items: {len(q['line_items'])}, expected 5-9")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    errors.append("buyer_contacts must be a list of e-mail strings")
if not 2 <= len(sc["users"]) <= 3:
    errors.append("users: expected 2-3")
emails = {u["email"] for u in sc["users"]}
if q["owner"] not in emails:
    errors.append("quote owner is not a user")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    errors.append("handoff.assign_to must be 'quote_owner' or {'teams': [...]}")
for li in q["line_items"]:
    for k in ("sku", "name", "quantity", "unit_price", "discount_percent"):
        if k not in li:
            errors.append(f"line item missing {k}: {li}")

extract = {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".md": lambda p: Path(p).read_text("utf-8"),
           ".html": text_html}
texts = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    if s["type"] not in ("file", "url", "kb_article"):
        errors.append(f"bad source type {s['type']}")
    texts[p.name] = norm(extract[p.suffix](p))
qt, total = quote_text(q)
texts["quote"] = norm(qt)
exts = Counter(Path(s["path"]).suffix for s in sc["sources"])
for e in (".docx", ".pdf", ".xlsx"):
    if exts[e] != 1:
        errors.append(f"expected exactly one {e} source")
if not (exts[".md"] or exts[".html"]):
    errors.append("expected a Markdown kb_article and/or an HTML url source")
wb = openpyxl.load_workbook(HERE / [s["path"] for s in sc["sources"] if s["path"].endswith(".xlsx")][0])
if len(wb.worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [x["id"] for x in qs]
if len(qs) != 40:
    errors.append(f"{len(qs)} questions, expected 40")
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
kinds = Counter(x["expect"] for x in qs)
if kinds != Counter({"answer": 22, "handoff": 13, "clarify": 5}):
    errors.append(f"expect counts {dict(kinds)}, expected answer 22 / clarify 5 / handoff 13")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    errors.append(f"{len(non_en)} non-English questions, expected 10")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions must be spread across answer/clarify/handoff")
bad_lang = {x["language"] for x in non_en} - {"fr", "de", "es", "pt", "it", "nl"}
if bad_lang:
    errors.append(f"unexpected languages {bad_lang}")

for x in qs:
    if x["expect"] != "answer":
        continue
    srcs, facts = x.get("sources") or [], x.get("facts") or []
    if not srcs or not 1 <= len(facts) <= 3:
        errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
    for s in srcs:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in facts:
        if not any(norm(f) in texts.get(s, "") for s in srcs):
            errors.append(f"{x['id']}: fact {f!r} not found in {srcs}")

print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(non_en)} "
      f"{dict(Counter(x['language'] for x in non_en))}; quote total before VAT: {total:,.2f}")
if errors:
    print("FAILED")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

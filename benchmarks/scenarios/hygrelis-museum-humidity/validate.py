"""Validate the hygrelis-museum-humidity scenario.

Checks the counts required by the brief and that every answer fact appears (case-insensitively) in one of the
sources named for it, or in the quote (including derived quote arithmetic: discounted unit prices, line totals,
total before VAT, per-year figures for multi-year lines).

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf needed for the PDF)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def fmt_num(v):
    out = {str(v)}
    if isinstance(v, (int, float)):
        out |= {f"{v:,.2f}", f"{v:.2f}", f"{v:,}"}
        if float(v).is_integer():
            out |= {str(int(v)), f"{int(v):,}"}
    return " ".join(sorted(out))


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
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join(fmt_num(v) if isinstance(v, (int, float)) else str(v)
                                    for v in row if v is not None))
    return "\n".join(parts)


def text_html(p):
    return re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8"))


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


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]

# ---- scenario shape
if not 2 <= len(sc["users"]) <= 3:
    errors.append("users must be 2-3")
emails = {u["email"] for u in sc["users"]}
if q["owner"] not in emails:
    errors.append("quote owner is not a user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) for c in q["buyer_contacts"])):
    errors.append("buyer_contacts must be a list of strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote must have 5-9 line items")
if not any(li["discount_percent"] for li in q["line_items"]):
    errors.append("no discounts in quote")
types = {s["type"] for s in sc["sources"]}
exts = {Path(s["path"]).suffix.lower() for s in sc["sources"]}
if len(sc["sources"]) != 4 or not {".docx", ".pdf", ".xlsx"} <= exts or not ({"kb_article", "url"} & types):
    errors.append("need four sources: docx, pdf, xlsx and a kb_article/url")

# ---- source texts
texts = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    texts[p.name] = norm(extract(p))
    if len(texts[p.name]) < 1500:
        errors.append(f"source {p.name} looks too thin ({len(texts[p.name])} chars)")

# ---- quote text with derived arithmetic
parts = [json.dumps(q, ensure_ascii=False)]
total = 0.0
for li in q["line_items"]:
    unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line = round(unit * li["quantity"], 2)
    total += line
    parts += [li["sku"], "unit after discount", fmt_num(unit), "line total", fmt_num(line)]
    m = re.search(r"(\d+)-month term", li["name"])
    if m and int(m.group(1)) % 12 == 0 and int(m.group(1)) > 12:
        years = int(m.group(1)) // 12
        parts += ["per year", fmt_num(round(line / years, 2)), "per unit per year", fmt_num(round(unit / years, 2))]
total = round(total, 2)
parts += ["total before VAT", fmt_num(total)]
texts["quote"] = norm("\n".join(parts))
print(f"quote total before VAT: {total:,.2f} {q['currency']}")

# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
count = {"answer": 0, "clarify": 0, "handoff": 0}
langs = {}
ids = set()
for r in qs:
    if r["id"] in ids:
        errors.append(f"duplicate id {r['id']}")
    ids.add(r["id"])
    count[r["expect"]] = count.get(r["expect"], 0) + 1
    if r.get("language"):
        if r["language"] not in {"fr", "de", "es", "pt", "it", "nl"}:
            errors.append(f"{r['id']}: unexpected language {r['language']}")
        langs.setdefault(r["expect"], 0)
        langs[r["expect"]] += 1
    if r["expect"] == "answer":
        if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
            errors.append(f"{r['id']}: answer needs sources and 1-3 facts")
            continue
        for s in r["sources"]:
            if s not in texts:
                errors.append(f"{r['id']}: unknown source {s}")
        for f in r["facts"]:
            where = [s for s in r["sources"] if norm(f) in texts.get(s, "")]
            if not where:
                errors.append(f"{r['id']}: fact {f!r} not found in {r['sources']}")

expected = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40:
    errors.append(f"expected 40 questions, got {len(qs)}")
for k, v in expected.items():
    if count.get(k) != v:
        errors.append(f"expected {v} {k}, got {count.get(k)}")
n_lang = sum(langs.values())
if n_lang != 10:
    errors.append(f"expected 10 non-English questions, got {n_lang}")
if len(langs) != 3:
    errors.append("non-English questions must be spread over answer/clarify/handoff")

print("counts:", count, "non-English by type:", langs)
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

"""Validate the orionvale-planetarium-projectors scenario.

Checks: scenario.json shape, source files exist, 40 questions with 22 answer / 5 clarify / 13 handoff,
10 non-English questions spread over all three behaviours, and that every fact of every `answer` question appears
(case-insensitively, whitespace-normalised) in the text of at least the union of its named sources. For `quote`, the
text is the quote JSON plus the figures derivable from it (discounted unit prices, line totals, subtotal, VAT, total),
so arithmetic answers such as "882,910.10" are checked against the computed value.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import html as htmlmod
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


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
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    cells.append(f"{v} {v:,.2f} {v:,.0f}")
                else:
                    cells.append(str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_html(p):
    raw = p.read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S | re.I)
    return htmlmod.unescape(re.sub(r"<[^>]+>", " ", raw))


def money(x):
    return f"{x:,.2f}"


def text_quote(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        subtotal += line
        parts += [li["sku"], li["name"], money(li["unit_price"]), money(unit), money(line)]
    subtotal = round(subtotal, 2)
    m = re.search(r"(\d+(?:\.\d+)?)% [A-Za-z ]*VAT", q["terms"])
    vat_rate = float(m.group(1)) / 100 if m else 0.0
    vat = round(subtotal * vat_rate, 2)
    parts += [money(subtotal), money(vat), money(round(subtotal + vat, 2))]
    return "\n".join(parts), subtotal


EXTRACT = {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".md": lambda p: p.read_text(encoding="utf-8"),
           ".html": text_html}

sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for key in ("name", "description", "agent", "users", "quote", "sources"):
    if key not in sc:
        errors.append(f"scenario.json: missing {key}")
q = sc["quote"]
emails = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3:
    errors.append("users: need 2-3")
if q["owner"] not in emails:
    errors.append("quote.owner is not a user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    errors.append("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote: need 5-9 line items")
assign = sc["agent"]["handoff"]["assign_to"]
if assign != "quote_owner" and not (isinstance(assign, dict) and assign.get("teams")):
    errors.append("agent.handoff.assign_to invalid")

texts = {}
types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"source missing: {s['path']}")
        continue
    types[p.suffix] += 1
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append(f"kb_article without title: {s['path']}")
    texts[p.name] = norm(EXTRACT[p.suffix](p))
    if len(texts[p.name]) < 1500:
        errors.append(f"source too thin: {p.name} ({len(texts[p.name])} chars)")
for ext in (".docx", ".pdf", ".xlsx"):
    if types[ext] != 1:
        errors.append(f"need exactly one {ext} source")
if not (types[".md"] or types[".html"]):
    errors.append("need a Markdown kb_article and/or an HTML url source")
qtext, subtotal = text_quote(q)
texts["quote"] = norm(qtext)

from openpyxl import load_workbook
if len(load_workbook(HERE / "knowledge" / "orionvale-price-list-2025.xlsx").worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

questions = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
counts = Counter(x["expect"] for x in questions)
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(questions) != 40:
    errors.append(f"need 40 questions, got {len(questions)}")
if dict(counts) != want:
    errors.append(f"expect counts {dict(counts)} != {want}")
ids = [x["id"] for x in questions]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
non_en = [x for x in questions if x.get("language") and x["language"] != "en"]
if len(non_en) != 10:
    errors.append(f"need 10 non-English questions, got {len(non_en)}")
if {x["expect"] for x in non_en} != set(want):
    errors.append("non-English questions must be spread over answer/clarify/handoff")
langs = Counter(x["language"] for x in non_en)
if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}:
    errors.append(f"unexpected languages {langs}")

checked = 0
for x in questions:
    if x["expect"] != "answer":
        continue
    if not x.get("sources"):
        errors.append(f"{x['id']}: answer without sources")
        continue
    if not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: need 1-3 facts")
    unknown = [s for s in x["sources"] if s not in texts]
    if unknown:
        errors.append(f"{x['id']}: unknown sources {unknown}")
        continue
    hay = " \n ".join(texts[s] for s in x["sources"])
    for fact in x["facts"]:
        checked += 1
        if norm(fact) not in hay:
            errors.append(f"{x['id']}: fact {fact!r} not found in {x['sources']}")

print(f"sources: {sorted(texts)}")
print(f"questions: {len(questions)} {dict(counts)}; non-English: {len(non_en)} {dict(langs)} "
      f"({dict(Counter(x['expect'] for x in non_en))})")
print(f"quote subtotal before VAT: {money(subtotal)}; facts checked: {checked}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

"""Validate the sentivox-motorway-sos scenario.

Checks: scenario.json shape, source files present, 40 questions with the required mix (22 answer / 5 clarify /
13 handoff, 10 non-English spread over all three), and that every answer fact appears (case-insensitively) in at
least one of the question's named sources or in the quote (including figures derived from it: line totals,
discounted unit prices, grand total).

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf is needed for the PDF)
"""
import html
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
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)


def fmt_num(v):
    if isinstance(v, float) and not v.is_integer():
        return [str(v), f"{v:,.2f}", f"{v:.2f}"]
    v = int(v)
    return [str(v), f"{v:,}", f"{v:,.2f}", f"{v:.2f}"]


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for c in row:
                if c is None:
                    continue
                cells.append(" / ".join(fmt_num(c)) if isinstance(c, (int, float)) else str(c))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_html(p):
    raw = p.read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


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

# --- scenario shape
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        errors.append(f"scenario.json: missing {k}")
if not 2 <= len(sc["users"]) <= 3:
    errors.append("users: need 2-3")
emails = {u["email"] for u in sc["users"]}
if q["owner"] not in emails:
    errors.append("quote.owner is not a user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) for c in q["buyer_contacts"])):
    errors.append("buyer_contacts must be a list of strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote: need 5-9 line items")
if not any(li["discount_percent"] for li in q["line_items"]):
    errors.append("quote: no discounts")
at = sc["agent"]["handoff"]["assign_to"]
if not (at == "quote_owner" or (isinstance(at, dict) and at.get("teams"))):
    errors.append("handoff.assign_to invalid")
if isinstance(at, dict):
    known = {t for u in sc["users"] for t in u["teams"]}
    for t in at["teams"]:
        if t not in known:
            errors.append(f"handoff team {t} has no member")

# --- sources
texts = {}
types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append(f"kb_article without title: {s['path']}")
    types[p.suffix.lower()] += 1
    texts[p.name] = norm(extract(p))
for ext in (".docx", ".pdf", ".xlsx"):
    if not types[ext]:
        errors.append(f"no {ext} source")
if not (types[".md"] or types[".html"]):
    errors.append("need a Markdown kb_article and/or an HTML url source")

# --- quote text incl. derived figures
derived = []
total = 0.0
for li in q["line_items"]:
    unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line = round(unit * li["quantity"], 2)
    total += line
    derived += fmt_num(unit) + fmt_num(line) + fmt_num(li["unit_price"]) + fmt_num(li["quantity"])
derived += fmt_num(round(total, 2))
texts["quote"] = norm(json.dumps(q, ensure_ascii=False) + " " + q["terms"] + " " + q["notes"] + " " + " ".join(derived))

# --- questions
lines = [l for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
qs = [json.loads(l) for l in lines]
cnt = Counter(x["expect"] for x in qs)
if len(qs) != 40:
    errors.append(f"need 40 questions, have {len(qs)}")
for k, n in (("answer", 22), ("clarify", 5), ("handoff", 13)):
    if cnt[k] != n:
        errors.append(f"need {n} {k}, have {cnt[k]}")
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(foreign) != 10:
    errors.append(f"need 10 non-English questions, have {len(foreign)}")
if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions must be spread over answer/clarify/handoff")
for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        hits = [s for s in x["sources"] if norm(f) in texts.get(s, "")]
        if not hits:
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"questions: {len(qs)} {dict(cnt)}; non-English: {len(foreign)} "
      f"{dict(Counter(x['language'] for x in foreign))}; sources: {dict(types)}")
print(f"quote total before tax: {total:,.2f} {q['currency']}")
if errors:
    print("FAILED:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

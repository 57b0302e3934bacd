"""Validate the conveyra-baggage-systems scenario.

Checks structure and counts, and that every answer fact appears (case-insensitively) in at least one of the
sources the question names. For `quote`, the searchable text is the quote's fields plus the figures derived from
it (discounted unit prices, line totals, total before tax), so quote-arithmetic facts are checked too.
Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
errors = []


def err(msg):
    errors.append(msg)


def money(x):
    return [f"{x:,.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}", f"{x:.2f}", f"{x:g}"]


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    parts.append(str(v))
                    if isinstance(v, (int, float)):
                        parts.append(f"{v:,}")
        return "\n".join(parts)
    if ext in (".md", ".html", ".htm", ".txt"):
        return path.read_text(encoding="utf-8")
    raise ValueError(f"unsupported source type {path}")


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]

# ---- scenario structure
if not 2 <= len(sc["users"]) <= 3:
    err("need 2-3 users")
emails = {u["email"] for u in sc["users"]}
if q["owner"] not in emails:
    err("quote owner is not a user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    err("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    err("need 5-9 line items")
if not any(li["discount_percent"] for li in q["line_items"]):
    err("no discounts")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    err("bad handoff assign_to")

# ---- sources
texts = {}
exts = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {p}")
        continue
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article without title: {s['path']}")
    exts.add(p.suffix.lower())
    texts[p.name] = text_of(p)
    if len(texts[p.name]) < 1500:
        err(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
for need in (".docx", ".pdf", ".xlsx"):
    if need not in exts:
        err(f"no {need} source")
if not ({".md", ".html"} & exts):
    err("no markdown or html source")

# ---- quote text incl. derived arithmetic
parts = [json.dumps(q, ensure_ascii=False)]
subtotal = 0.0
for li in q["line_items"]:
    unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line = round(unit * li["quantity"], 2)
    subtotal += line
    parts += money(li["unit_price"]) + money(unit) + money(line)
subtotal = round(subtotal, 2)
parts += money(subtotal)
texts["quote"] = "\n".join(parts)
print(f"total before tax: {subtotal:,.2f} {q['currency']}")

# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
if len(qs) != 40:
    err(f"need 40 questions, got {len(qs)}")
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
cnt = Counter(x["expect"] for x in qs)
if cnt != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
    err(f"bad expect counts {dict(cnt)}")
non_en = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(non_en) != 10:
    err(f"need 10 non-English questions, got {len(non_en)}")
for e in ("answer", "clarify", "handoff"):
    if not any(x["expect"] == e for x in non_en):
        err(f"no non-English {e} question")
for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not x.get("facts"):
        err(f"{x['id']}: answer without sources or facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            err(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        if not any(f.lower() in texts.get(s, "").lower() for s in x["sources"]):
            err(f"{x['id']}: fact {f!r} not found in {x['sources']}")
single = sum(1 for x in qs if x["expect"] == "answer" and len(x["sources"]) == 1 and x["sources"] != ["quote"])
print(f"questions: {dict(cnt)}, non-English: {len(non_en)} {dict(Counter(x['language'] for x in non_en))}, "
      f"single-source answers: {single}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

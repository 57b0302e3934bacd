"""Check the mycelvane-climate-rooms scenario: counts, languages, sources, and that every answer fact appears
verbatim (case-insensitive) in a named source or in the quote (including figures derived from the quote).
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def err(msg):
    errors.append(msg)

def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)

def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(p).pages)

def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    if len(wb.sheetnames) < 2:
        err(f"{p}: fewer than 2 sheets")
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts += [str(v) for v in row if v is not None]
    return "\n".join(parts)

def text_plain(p):
    return open(p, encoding="utf-8").read()

def extract(p):
    ext = p.rsplit(".", 1)[-1].lower()
    return {"docx": text_docx, "pdf": text_pdf, "xlsx": text_xlsx, "md": text_plain,
            "html": text_plain, "htm": text_plain}[ext](p)

def money(x):
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        out |= {f"{x:,.0f}", f"{x:.0f}"}
    return out

sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = sc["quote"]

# scenario structure
for k in ["name", "description", "agent", "users", "quote", "sources"]:
    if k not in sc:
        err(f"scenario.json: missing {k}")
if not 2 <= len(sc["users"]) <= 3:
    err("users: expected 2-3")
emails = {u["email"] for u in sc["users"]}
if q["owner"] not in emails:
    err("quote.owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    err("line_items: expected 5-9")
if not any(li["discount_percent"] for li in q["line_items"]):
    err("no discounts in quote")

# quote text + derived figures
quote_text = json.dumps(q, ensure_ascii=False)
derived = set()
total = 0.0
for li in q["line_items"]:
    unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line = round(unit * li["quantity"], 2)
    total += line
    derived |= money(li["unit_price"]) | money(unit) | money(line)
    for years in (2, 3, 5):
        derived |= money(round(line / years, 2)) | money(round(unit / years, 2))
derived |= money(round(total, 2))
quote_text += "\n" + "\n".join(sorted(derived))

# sources
texts = {"quote": quote_text}
types = Counter()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        err(f"source missing: {s['path']}")
        continue
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article without title: {s['path']}")
    types[p.rsplit(".", 1)[-1].lower()] += 1
    texts[os.path.basename(p)] = extract(p)
for need in ["docx", "pdf", "xlsx"]:
    if not types[need]:
        err(f"no .{need} source")
if not (types["md"] or types["html"]):
    err("no .md or .html source")
if len(types) < 4:
    err("fewer than four source types")
if not os.path.exists(os.path.join(HERE, "make_sources.py")):
    err("make_sources.py missing")

# questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    err("duplicate question ids")
cnt = Counter(x["expect"] for x in qs)
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40:
    err(f"expected 40 questions, got {len(qs)}")
for k, v in want.items():
    if cnt[k] != v:
        err(f"expected {v} {k}, got {cnt[k]}")
nonen = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(nonen) != 10:
    err(f"expected 10 non-English questions, got {len(nonen)}")
langs = Counter(x["language"] for x in nonen)
if len(langs) < 5 or not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}:
    err(f"language mix: {dict(langs)}")
for k in want:
    if not any(x["expect"] == k for x in nonen):
        err(f"no non-English {k} question")

checked = 0
for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not x.get("facts") or not 1 <= len(x["facts"]) <= 3:
        err(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            err(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        hay = [s for s in x["sources"] if s in texts and f.lower() in texts[s].lower()]
        if not hay:
            err(f"{x['id']}: fact {f!r} not found in {x['sources']}")
        checked += 1
only_one = sum(1 for x in qs if x["expect"] == "answer" and len(x["sources"]) == 1 and x["sources"][0] != "quote")
quote_q = sum(1 for x in qs if x["expect"] == "answer" and "quote" in x["sources"])

print(f"questions: {len(qs)} {dict(cnt)}; non-English: {len(nonen)} {dict(langs)}")
print(f"sources: {dict(types)}; answer facts checked: {checked}; single-source answers: {only_one}; quote answers: {quote_q}")
print(f"quote total before tax: {total:,.2f} {q['currency']}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
